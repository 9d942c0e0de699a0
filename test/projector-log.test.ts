import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventToAppend, KurrentDbEventStore, PostgresEventStore, Projection, Projector, resumeProjection } from '../libs/infrastructure/src';
import { createTestDatabase, TestDatabase } from './support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('projector_log');
});
afterAll(async () => db?.drop());

const event = (type: string, data: unknown = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: 'c', causationId: 'c', actor: { kind: 'system', id: 'test' }, schemaVersion: 1, occurredAt: new Date().toISOString() },
});

const statusOf = async (name: string) => (await db.pool.query('SELECT * FROM projection_status WHERE name = $1', [name])).rows[0];
const silent = pino({ level: 'silent' });

/** A projection without tables that records what it was given (a process manager's shape). */
function recording(type: string, handle?: (n: number) => Promise<void>): Projection & { seen: number[] } {
  const seen: number[] = [];
  return {
    name: `log_${randomUUID().slice(0, 8)}`,
    filter: { eventTypes: [type] },
    tables: [],
    seen,
    async handle(events) {
      for (const e of events) {
        const n = (e.data as { n: number }).n;
        await handle?.(n);
        seen.push(n);
      }
    },
  };
}

describe('projector and its event log', () => {
  it('retries a projection whose handler cannot reach KurrentDB, instead of stopping it as failed', async () => {
    const store = new PostgresEventStore(db.pool);
    // A process manager that reads and writes another event store, here one that cannot be reached.
    const unreachable = KurrentDbEventStore.fromConnectionString('kurrentdb://127.0.0.1:1?tls=false');
    let attempts = 0;
    let reachable = false;
    const type = `Settle${randomUUID().slice(0, 6)}`;
    const manager = recording(type, async () => {
      attempts++;
      if (reachable) return;
      await unreachable.readStream(`credits-${randomUUID()}`);
      await unreachable.appendToStream(`credits-${randomUUID()}`, [event('Captured')], { expectedRevision: 0 });
    });
    await store.appendToStream(`settle-${randomUUID()}`, [event(type, { n: 1 })]);
    const projector = new Projector(db.pool, store, [manager], { batchSize: 100, logger: silent, idleRetryMs: 100 });
    projector.start();
    try {
      await expect.poll(() => attempts, { timeout: 20_000, interval: 50 }).toBeGreaterThanOrEqual(3);
      expect(manager.seen).toEqual([]);
      expect((await statusOf(manager.name)).status).toBe('running');
      reachable = true;
      await expect.poll(() => manager.seen, { timeout: 20_000 }).toEqual([1]);
      expect(await statusOf(manager.name)).toMatchObject({ status: 'running', error: null, failed_event_id: null });
    } finally {
      await projector.stop();
      await unreachable.close();
      await store.close();
    }
  });

  it('stops a projection whose checkpoint comes from another event log, and says so', async () => {
    const type = `Tied${randomUUID().slice(0, 6)}`;
    const log = new PostgresEventStore(db.pool);
    const projection = recording(type);
    await log.appendToStream(`tied-${randomUUID()}`, [event(type, { n: 1 }), event(type, { n: 2 })]);
    const { position: last } = await log.appendToStream(`other-${randomUUID()}`, [event('Unrelated')]);
    let projector = new Projector(db.pool, log, [projection], { batchSize: 100, logger: silent, idleRetryMs: 100 });
    projector.start();
    // (Not the head position: other tests' open transactions on this server can hold visibility back.)
    await expect.poll(async () => Number((await statusOf(projection.name))?.position), { timeout: 10_000 }).toBeGreaterThanOrEqual(last);
    await projector.stop();
    const checkpoint = await statusOf(projection.name);
    const [there] = (await log.readAll({ fromPosition: Number(checkpoint.position) - 1, maxCount: 1 })).events;
    expect(there!.position).toBe(Number(checkpoint.position));
    expect(checkpoint.last_event_id).toBe(there!.id);

    // The same log again: the checkpoint matches, the projection carries on.
    await log.appendToStream(`tied-${randomUUID()}`, [event(type, { n: 3 })]);
    projector = new Projector(db.pool, log, [projection], { batchSize: 100, logger: silent, idleRetryMs: 100 });
    projector.start();
    await expect.poll(() => projection.seen, { timeout: 10_000 }).toEqual([1, 2, 3]);
    await projector.stop();
    expect((await statusOf(projection.name)).status).toBe('running');

    // Another log (another database's event store): its positions are not this checkpoint's.
    const elsewhere = await createTestDatabase('projector_log_other');
    const otherLog = new PostgresEventStore(elsewhere.pool);
    try {
      for (let n = 10; n < 15; n++) await otherLog.appendToStream(`tied-${randomUUID()}`, [event(type, { n })]);
      projector = new Projector(db.pool, otherLog, [projection], { batchSize: 100, logger: silent, idleRetryMs: 100 });
      projector.start();
      await expect.poll(async () => (await statusOf(projection.name)).status, { timeout: 10_000 }).toBe('failed');
      await projector.stop();
      const failed = await statusOf(projection.name);
      expect(failed.error).toMatch(/checkpoint does not match the event log/);
      expect(failed.error).toContain('rebuild');
      expect(projection.seen).toEqual([1, 2, 3]);
    } finally {
      await otherLog.close();
      await elsewhere.drop();
    }

    // Back on its own log, resumed: it goes on from where it was.
    expect(await resumeProjection(db.pool, projection.name)).toBe(true);
    await log.appendToStream(`tied-${randomUUID()}`, [event(type, { n: 4 })]);
    projector = new Projector(db.pool, log, [projection], { batchSize: 100, logger: silent, idleRetryMs: 100 });
    projector.start();
    await expect.poll(() => projection.seen, { timeout: 10_000 }).toEqual([1, 2, 3, 4]);
    await projector.stop();
    expect((await statusOf(projection.name)).status).toBe('running');
    await log.close();
  });
});
