import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
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

  it('with no DATABASE_URL, starts an embedded PostgreSQL and runs api and projector in one process', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-start-'));
    chmodSync(dataDir, 0o755);
    const env = { ...process.env } as Record<string, string>;
    delete env.DATABASE_URL;
    const child = startNode('launcher/main.js', [], { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' });
    try {
      let url: string | undefined;
      const deadline = Date.now() + 90_000;
      let exited = false;
      void child.exited.then(() => (exited = true));
      while (!url && !exited && Date.now() < deadline) {
        url = /arcana is up: api (http:\/\/\S+)/.exec(child.output())?.[1];
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(url, child.output()).toBeDefined();
      expect(child.output()).toMatch(/embedded postgres at 127\.0\.0\.1:(\d+)\/arcana/);
      const port = Number(/embedded postgres at 127\.0\.0\.1:(\d+)/.exec(child.output())![1]);
      expect(port).not.toBe(5432);
      const health = (await (await fetch(`${url}/health`)).json()) as { status: string; info: { projections: Record<string, unknown> } };
      expect(health.status).toBe('ok');
      expect(Object.keys(health.info.projections)).toContain('balances');
    } finally {
      child.process.kill('SIGINT');
      await child.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
