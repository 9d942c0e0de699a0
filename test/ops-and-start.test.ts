import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TestDatabase } from './support/database';
import { runNode, startNode } from './support/processes';
import { seedUsers } from './support/seed';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('ops');
});
afterAll(async () => db?.drop());

const ops = (args: string[], env: Record<string, string> = {}) =>
  runNode('apps/ops/src/main.js', args, { DATABASE_URL: db.url, LOG_LEVEL: 'warn', ...env });

describe('operations CLI', () => {
  it('prints usage and exits non-zero on bad arguments, before touching the database', async () => {
    for (const args of [[], ['explode'], ['rebuild'], ['rebuild', 'nope'], ['rebuild', 'users', '--all'], ['replay'], ['replay', 'credits-x', '--at', 'yesterday'], ['replay', 'credits-x', '--position', '-1'], ['replay', 'weird-x'], ['status', '--bogus']]) {
      const { code, output } = await ops(args, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
      expect(code, args.join(' ')).toBe(2);
      expect(output).toMatch(/usage: npm run ops/);
    }
  });

  it('rebuilds, reports status, and replays a stream as it was at a position', async () => {
    const [userId] = await seedUsers(db.pool, 3, 4);
    const rebuild = await ops(['rebuild', '--all']);
    expect(rebuild.code, rebuild.output).toBe(0);
    expect(rebuild.output).toMatch(/rebuilt balances: \d+ events/);

    const status = await ops(['status']);
    expect(status.code, status.output).toBe(0);
    expect(status.output).toMatch(/projection\s+status\s+checkpoint\s+lag/);
    expect(status.output).toMatch(/balances\s+running/);

    const events = await db.pool.query('SELECT global_position::int AS p, event_type FROM es_events WHERE stream_name = $1 ORDER BY global_position', [`credits-${userId}`]);
    const secondPosition = events.rows[1].p; // after the welcome grant and the purchase
    const replay = await ops(['replay', `credits-${userId}`, '--position', String(secondPosition)]);
    expect(replay.code, replay.output).toBe(0);
    expect(replay.output).toContain(`2 of ${events.rows.length} events`);
    expect(replay.output).toMatch(/"balance": 520/);
    expect(replay.output).toMatch(/available: 520/);
    const now = await ops(['replay', `credits-${userId}`]);
    expect(now.output).toContain(`${events.rows.length} of ${events.rows.length} events`);
    const past = await ops(['replay', `credits-${userId}`, '--at', '2000-01-01T00:00:00Z']);
    expect(past.output).toContain(`0 of ${events.rows.length} events`);
    const missing = await ops(['replay', `credits-${randomUUID()}`]);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/has no events/);
  });
});

describe('start-up', () => {
  it('stops with a message naming a malformed variable', async () => {
    const { code, output } = await runNode('launcher/main.js', [], { PORT: 'eighty', DATABASE_URL: db.url });
    expect(code).toBe(78);
    expect(output).toMatch(/PORT: must be a number \(got "eighty"\)/);
    const bad = await runNode('apps/api/src/main.js', [], { DATABASE_URL: 'mysql://nope' });
    expect(bad.code).toBe(78);
    expect(bad.output).toMatch(/DATABASE_URL: must be a postgres/);
    expect(bad.output).not.toContain('mysql://nope');
  });

  it('in production, refuses to start on the local Stripe stand-in, and refuses a Stripe key without a webhook secret', async () => {
    const production = await runNode('launcher/main.js', [], { NODE_ENV: 'production', DATABASE_URL: db.url, STRIPE_SECRET_KEY: '' });
    expect(production.code).toBe(78);
    expect(production.output).toMatch(/STRIPE_SECRET_KEY is not set: NODE_ENV=production does not start with the local Stripe stand-in/);
    const noSecret = await runNode('launcher/main.js', [], { DATABASE_URL: db.url, STRIPE_SECRET_KEY: 'sk_test_0123456789abcdef', STRIPE_WEBHOOK_SECRET: '' });
    expect(noSecret.code).toBe(78);
    expect(noSecret.output).toMatch(/STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set/);
    expect(noSecret.output).not.toContain('sk_test_0123456789abcdef');
  });

  it('with no DATABASE_URL, starts an embedded PostgreSQL and runs api and projector in one process; its start line comes last, saying where the data is', async () => {
    // A private (0700) directory, as a checkout under /root: the server's own user may not enter it.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-start-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.DATABASE_URL;
    const child = startNode('launcher/main.js', [], { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
    let clusterDir: string | undefined;
    try {
      let url: string | undefined;
      const deadline = Date.now() + 90_000;
      let exited = false;
      void child.exited.then(() => (exited = true));
      while (!(url && /Ctrl\+C stops it/.test(child.output())) && !exited && Date.now() < deadline) {
        url = /arcana is up: api (http:\/\/\S+)/.exec(child.output())?.[1];
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(url, child.output()).toBeDefined();
      const output = child.output();
      expect(output).toMatch(/embedded postgres at 127\.0\.0\.1:(\d+)\/arcana, data in \//);
      const port = Number(/embedded postgres at 127\.0\.0\.1:(\d+)/.exec(output)![1]);
      expect(port).not.toBe(5432);
      clusterDir = /data in (\S+)/.exec(output)![1]!;
      expect(existsSync(path.join(clusterDir, 'PG_VERSION'))).toBe(true);
      if (os.userInfo().uid === 0) expect(clusterDir.startsWith(dataDir)).toBe(false); // where `postgres` can reach it
      // After every start-up log line, one item a line.
      const start = output.indexOf('arcana is up');
      for (const logged of ['Nest application successfully started', 'bot polling for updates', 'projection lock acquired']) {
        expect(output.indexOf(logged), logged).toBeGreaterThan(-1);
        expect(output.indexOf(logged), logged).toBeLessThan(start);
      }
      expect(output.slice(start)).toMatch(/^arcana is up: api \S+ \(docs \S+\)\n  bot .*\n  projector .*\n  worker .*\n  payments .*\n  database .*\n  Ctrl\+C stops it\.\n/);
      const health = (await (await fetch(`${url}/health`)).json()) as { status: string; info: { projections: Record<string, unknown> } };
      expect(health.status).toBe('ok');
      expect(Object.keys(health.info.projections)).toContain('balances');
    } finally {
      child.process.kill('SIGINT');
      await child.exited;
      rmSync(dataDir, { recursive: true, force: true });
      if (clusterDir && !clusterDir.startsWith(dataDir)) rmSync(path.dirname(clusterDir), { recursive: true, force: true });
    }
  }, 120_000);
});
