import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from './support/processes';
import { startSystem, TestSystem } from './support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('ops_cli');
});
afterAll(async () => sys?.close());

const ops = (args: string[], env: Record<string, string> = {}) => runNode('apps/ops/src/main.js', args, { DATABASE_URL: sys.db.url, LOG_LEVEL: 'warn', ...env });
const NO_DATABASE = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };

describe('ops: messages a person can act on', () => {
  it('says what is wrong with an option, in words, before touching the database', async () => {
    const cases: [string[], RegExp][] = [
      [['replay', 'credits-x', '--position', '-5'], /^error: --position must be a log position: a whole number, 0 or more \(got "-5"\)$/m],
      [['replay', 'credits-x', '--position=-5'], /^error: --position must be a log position: a whole number, 0 or more \(got "-5"\)$/m],
      [['replay', 'credits-x', '--position'], /^error: --position needs a value, e.g. --position 120$/m],
      [['replay', 'credits-x', '--at'], /^error: --at needs a value, e.g. --at 2026-01-31T12:00:00Z$/m],
      [['status', '--bogus'], /^error: unknown option --bogus$/m],
      [['rebuild', '--all=yes'], /^error: --all takes no value$/m],
      [['resume', 'nope'], /^error: unknown projection "nope"$/m],
    ];
    for (const [args, message] of cases) {
      const { code, output } = await ops(args, NO_DATABASE);
      expect(code, args.join(' ')).toBe(2);
      expect(output, args.join(' ')).toMatch(message);
      expect(output).not.toMatch(/ambiguous|ERR_PARSE_ARGS|Did you forget/);
    }
  });

  it('its help names every projection that status shows', async () => {
    await sys.settle();
    const status = await ops(['status']);
    expect(status.code, status.output).toBe(0);
    const shown = status.output
      .split('\n')
      .slice(2)
      .map((line) => /^(\w+)\s+(running|failed)\b/.exec(line)?.[1])
      .filter((name): name is string => Boolean(name));
    expect(shown.length).toBeGreaterThanOrEqual(10);
    const help = await ops(['--help'], NO_DATABASE);
    expect(help.code).toBe(0);
    const listed = help.output
      .split('\n')
      .filter((line) => /^(read models|process managers)/.test(line))
      .flatMap((line) => line.split(':')[1]!.split(',').map((name) => name.trim()));
    expect(listed.sort()).toEqual([...shown].sort());
    // Each process manager can be resumed by name (it is not failed, so nothing to do).
    const resumed = await ops(['resume', 'welcome_credits']);
    expect(resumed.output).toMatch(/welcome_credits is not failed/);
  });

  it('status explains each of its number columns in a legend under the table', async () => {
    await sys.settle();
    const status = await ops(['status']);
    expect(status.code, status.output).toBe(0);
    const lines = status.output.split('\n');
    const headers = lines[0]!.trim().split(/\s+/);
    expect(headers).toEqual(['projection', 'status', 'checkpoint', 'lag', 'applied', 'error']);
    const tableEnd = lines.findIndex((line, i) => i > 1 && !/^\w+\s+(running|failed)\b/.test(line));
    const legend = lines[tableEnd]!;
    // Every column holding a number says what it counts, in that order.
    const explained = [...legend.matchAll(/(\w+): ([^·]+)/g)].map(([, column, meaning]) => [column, meaning!.trim()]);
    expect(explained.map(([column]) => column)).toEqual(['checkpoint', 'lag', 'applied']);
    expect(Object.fromEntries(explained)).toMatchObject({ lag: expect.stringMatching(/events .*still to read/), applied: expect.stringMatching(/events .*rebuilt/) });
    expect(lines[tableEnd + 1]).toMatch(/^head position: \d+$/);
  });

  it('reconcile prints what it checked and found as a table, and records the run', async () => {
    const { code, output } = await ops(['reconcile'], { DATA_DIR: '/nonexistent-ops-reconcile' });
    expect(code, output).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines[0]).toMatch(/^reconciliation [0-9a-f-]{36} \(.+ → .+\)$/);
    expect(lines[1]!.trim().split(/\s+/)).toEqual(['provider', 'checked', 'seen', 'recorded', 'found']);
    expect(lines[3]).toMatch(/^stars\s+no \(no bot configured\)\s+0\s+0$/);
    expect(lines[4]).toMatch(/^stripe\s+no \(STRIPE_SECRET_KEY not set\)\s+0 \(\+0 undelivered\)\s+0$/);
    const { rows } = await sys.db.pool.query(`SELECT stream_name FROM es_events WHERE event_type = 'ReconciliationCompleted'`);
    expect(rows.map((r: { stream_name: string }) => r.stream_name)).toEqual([`reconciliation-${new Date().toISOString().slice(0, 10)}`]);
    expect((await ops(['reconcile', 'extra'], NO_DATABASE)).output).toMatch(/^error: reconcile takes no arguments$/m);
  });

  it('WELCOME_CREDITS=-3 is refused at start with the bound it misses', async () => {
    const { code, output } = await runNode('apps/api/src/main.js', [], { ...NO_DATABASE, WELCOME_CREDITS: '-3' });
    expect(code).toBe(78);
    expect(output).toMatch(/WELCOME_CREDITS: must be at least 0 \(got "-3"\)/);
  });
});
