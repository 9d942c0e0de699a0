import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversionQueue, createLogger, enqueueConversion } from '../../../libs/infrastructure/src';
import { QueueSupervisor } from './queue-supervisor';
import { createTestDatabase, TestDatabase } from '../../../test/support/database';

let db: TestDatabase;
let queue: ConversionQueue;
beforeAll(async () => {
  db = await createTestDatabase('queue_aging');
  queue = await ConversionQueue.open(db.pool);
});
afterAll(async () => {
  await queue?.release();
  await db?.drop();
});

describe('queue aging', () => {
  it('lifts a waiting job one tier rank per aging period, keeping its place among equals', async () => {
    const free = { userId: 'u-free', tier: 'free' as const, queueRank: 2, concurrentJobs: 1, maxAttempts: 3 };
    await enqueueConversion(db.pool, { ...free, conversionId: 'old' });
    await enqueueConversion(db.pool, { ...free, conversionId: 'older-burst', userId: 'u-free' });
    await enqueueConversion(db.pool, { ...free, conversionId: 'fresh', userId: 'u-other' });
    const priorities = async () => Object.fromEntries((await queue.jobs()).map((j) => [j.conversionId, j.priority]));
    expect(await priorities()).toEqual({ old: 2000, 'older-burst': 2001, fresh: 2000 });

    // The supervisor's aging step alone (no Bot API calls happen: no job has a status message).
    const supervisor = new QueueSupervisor(db.pool, queue, undefined as never, undefined as never, undefined as never, createLogger('silent', 'test'), {
      instance: 'test',
      staleAfterMs: 30_000,
      agingSeconds: 600,
      progressIntervalMs: 3000,
    });
    const age = () => (supervisor as unknown as { ageWaitingJobs(): Promise<void> }).ageWaitingJobs();

    await db.pool.query("UPDATE graphile_worker._private_jobs SET run_at = now() - interval '11 minutes' WHERE key IN ('old', 'older-burst')");
    await age();
    expect(await priorities()).toEqual({ old: 1000, 'older-burst': 1001, fresh: 2000 });
    await age(); // nothing more until the next period
    expect(await priorities()).toEqual({ old: 1000, 'older-burst': 1001, fresh: 2000 });

    await db.pool.query("UPDATE graphile_worker._private_jobs SET run_at = now() - interval '25 minutes' WHERE key = 'old'");
    await age();
    expect(await priorities()).toEqual({ old: 0, 'older-burst': 1001, fresh: 2000 });
  });
});
