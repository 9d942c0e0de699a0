import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventStore, READ_MODEL_PROJECTIONS, rebuildProjection } from '../libs/infrastructure/src';
import { createTestDatabase, TestDatabase } from './support/database';
import { startNode } from './support/processes';
import { seedUsers, snapshotReadModels } from './support/seed';
import { settle } from './support/system';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('crash');
});
afterAll(async () => db?.drop());

const projectorEnv = () => ({
  DATABASE_URL: db.url,
  PROJECTOR_BATCH_SIZE: '250',
  WELCOME_CREDITS: '0',
  LOG_LEVEL: 'warn',
});

/** True while the projector process holds an open write transaction: a batch is half applied. */
async function projectorMidBatch(): Promise<boolean> {
  const { rows } = await db.pool.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'projector' AND backend_xid IS NOT NULL`,
  );
  return rows[0].n > 0;
}

/** Lowest checkpoint among the read-model projections (-1 before they exist). */
async function slowestCheckpoint(): Promise<number> {
  const { rows } = await db.pool.query(
    `SELECT count(*)::int AS n, coalesce(min(position), -1)::float8 AS p FROM projection_status
      WHERE name = ANY ($1::text[])`,
    [READ_MODEL_PROJECTIONS.map((p) => p.name)],
  );
  return rows[0].n === READ_MODEL_PROJECTIONS.length ? rows[0].p : -1;
}

describe('projector crash safety', () => {
  it('read models equal a clean rebuild after the projector is SIGKILLed mid-batch several times', async () => {
    await seedUsers(db.pool, 400, 25);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM es_events');
    expect(rows[0].n).toBeGreaterThan(10_000);

    let killsMidBatch = 0;
    let lastProgress = -1;
    for (let round = 0; round < 5; round++) {
      const child = startNode('apps/projector/src/main.js', [], projectorEnv());
      const deadline = Date.now() + 30_000;
      // Each round: wait until this instance has committed some batches, then kill it inside the next one.
      while (Date.now() < deadline && (await slowestCheckpoint()) <= lastProgress) await new Promise((r) => setTimeout(r, 5));
      lastProgress = await slowestCheckpoint();
      while (Date.now() < deadline && !(await projectorMidBatch())) await new Promise((r) => setTimeout(r, 1));
      if (await projectorMidBatch()) {
        child.process.kill('SIGKILL');
        killsMidBatch++;
      } else {
        child.process.kill('SIGKILL');
      }
      const { signal } = await child.exited;
      expect(signal).toBe('SIGKILL');
    }
    expect(killsMidBatch).toBeGreaterThanOrEqual(3);
    expect(lastProgress).toBeGreaterThan(0);

    // Let one survivor finish the job.
    const survivor = startNode('apps/projector/src/main.js', [], projectorEnv());
    await settle(db, 60_000);
    survivor.process.kill('SIGTERM');
    await survivor.exited;
    const afterCrashes = await snapshotReadModels(db.pool);

    const store = new PostgresEventStore(db.pool);
    for (const projection of READ_MODEL_PROJECTIONS) await rebuildProjection(db.pool, store, projection);
    await store.close();
    const clean = await snapshotReadModels(db.pool);

    expect(afterCrashes.balances.length).toBe(400);
    expect(afterCrashes).toEqual(clean);
  });
});
