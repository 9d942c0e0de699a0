import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Read models are read in one way: SQL over a read-model table (or the projections'
 * checkpoints) appears in production code under apps/ and libs/ only in
 * libs/infrastructure/src/read-models/ (the projections and their `<read model>.queries.ts`
 * modules) and libs/infrastructure/src/projections/ (the projector and rebuild, which keep them).
 * Specs and tests may read them directly.
 */

const ROOT = path.resolve(__dirname, '..');
const TABLES = ['users', 'balances', 'ledger_entries', 'open_reservations', 'readings', 'conversions', 'payments', 'subscriptions', 'referrals', 'referral_refusals', 'projection_status'];
const ALLOWED = ['libs/infrastructure/src/read-models/', 'libs/infrastructure/src/projections/'];
const SQL_ON_TABLE = new RegExp(`\\b(FROM|JOIN|UPDATE|INTO|TRUNCATE|TABLE)\\s+(${TABLES.join('|')})\\b`, 'g');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sources(rel);
    return rel.endsWith('.ts') && !rel.endsWith('.spec.ts') && !rel.endsWith('.test.ts') ? [rel] : [];
  });
}

describe('read-model tables', () => {
  it('are read only by the query modules beside their projections', () => {
    const offenders: string[] = [];
    for (const file of [...sources('apps'), ...sources('libs')]) {
      if (ALLOWED.some((dir) => file.startsWith(dir))) continue;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const match of text.matchAll(SQL_ON_TABLE)) {
        const line = text.slice(0, match.index).split('\n').length;
        offenders.push(`${file}:${line}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
