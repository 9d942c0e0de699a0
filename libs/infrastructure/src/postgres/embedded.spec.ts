import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

/**
 * A checkout under a private (0700) directory, such as /root: the embedded PostgreSQL must start
 * there as it is, as root (the server then runs as `postgres`, which cannot enter the checkout)
 * and as any other user, and keep one cluster per checkout.
 */

const isRoot = os.userInfo().uid === 0;
const parent = mkdtempSync(path.join(os.tmpdir(), 'arcana-private-'));
const cleanup: string[] = [parent];
const running: EmbeddedDatabase[] = [];
const settings = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

afterAll(async () => {
  for (const db of running) await db.stop();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedPostgres({ dataDir, settings });
  running.push(db);
  // A relocated cluster's directory is outside the checkout: remove it after the test.
  if (!db.clusterDir.startsWith(parent)) cleanup.push(path.dirname(db.clusterDir));
  return db;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL for a checkout under a 0700 directory', () => {
  it('starts, keeps its data across restarts, and keeps one cluster per checkout', async () => {
    expect(statSync(parent).mode & 0o777).toBe(0o700);
    const dataDir = path.join(parent, 'checkout', '.data', 'postgres');
    const first = await start(dataDir);
    await query(await first.ensureDatabase('probe'), 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');

    if (isRoot) {
      // Outside the private directory, where `postgres` can reach it; nobody else can.
      expect(first.clusterDir.startsWith(parent)).toBe(false);
      const postgresUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const cluster = statSync(first.clusterDir);
      expect(cluster.uid).toBe(postgresUid);
      expect(cluster.mode & 0o777).toBe(0o700);
      const home = statSync(path.dirname(first.clusterDir));
      expect(home.uid).toBe(0);
      expect(home.mode & 0o022).toBe(0);
    } else {
      expect(first.clusterDir).toBe(path.join(dataDir, 'cluster'));
    }

    await first.stop();
    const again = await start(dataDir);
    expect(again.clusterDir).toBe(first.clusterDir);
    expect(await query(again.urlFor('probe'), 'SELECT n FROM kept')).toEqual([{ n: 42 }]);

    const other = await start(path.join(parent, 'other-checkout', '.data', 'postgres'));
    expect(other.clusterDir).not.toBe(first.clusterDir);
    expect(await query(other.adminUrl, "SELECT count(*)::int AS n FROM pg_database WHERE datname = 'probe'")).toEqual([{ n: 0 }]);
  }, 120_000);

  it.runIf(isRoot)('refuses a shared directory someone else put in its place', async () => {
    const dataDir = path.join(parent, 'hijacked', '.data', 'postgres');
    // The name it would use under /var/tmp, taken first by a link to a directory of someone else's choosing.
    const taken = path.join('/var/tmp', `arcana-pgdata-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`);
    const elsewhere = path.join(parent, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, taken);
    try {
      await expect(startEmbeddedPostgres({ dataDir, settings })).rejects.toThrow(/is not a directory of root's/);
    } finally {
      unlinkSync(taken);
    }
  });
});
