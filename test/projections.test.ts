import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditLedgerEvent } from '../libs/domain/src';
import {
  balancesProjection,
  ensureProjection,
  EventToAppend,
  ledgerEntriesProjection,
  liveContext,
  openReservationsProjection,
  PostgresEventStore,
  readingsProjection,
  Projection,
  Projector,
  RecordedEvent,
  resumeProjection,
  usersProjection,
} from '../libs/infrastructure/src';
import { createTestDatabase, TestDatabase } from './support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('projections');
});
afterAll(async () => db?.drop());

let position = 0;
const recorded = (streamName: string, e: { type: string; data: unknown }, actor = { kind: 'system', id: 'test' }): RecordedEvent => ({
  id: randomUUID(),
  type: e.type,
  streamName,
  revision: 0,
  position: ++position,
  data: e.data,
  metadata: { correlationId: 'c', causationId: 'c', actor: actor as never, schemaVersion: 1, occurredAt: '2026-01-01T00:00:00.000Z' },
});

async function apply(projection: Projection, events: RecordedEvent[]) {
  await ensureProjection(db.pool, projection);
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await projection.handle(events, liveContext(client));
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const ledger = (userId: string, events: CreditLedgerEvent[]) => events.map((e) => recorded(`credits-${userId}`, e));

describe('projections: events in, rows out', () => {
  const userId = 'u-proj';
  const events = ledger(userId, [
    { type: 'CreditsGranted', data: { userId, amount: 20, source: 'welcome', grantKey: 'welcome' } },
    { type: 'CreditsPurchased', data: { userId, paymentId: 'pi_1', credits: 50, provider: 'stripe' } },
    { type: 'CreditsReserved', data: { userId, reservationId: 'r1', amount: 5, purpose: 'reading', expiresAt: '2030-01-01T00:00:00Z' } },
    { type: 'CreditsReserved', data: { userId, reservationId: 'r2', amount: 3, purpose: 'conversion', expiresAt: '2030-01-01T00:00:00Z' } },
    { type: 'CreditsCaptured', data: { userId, reservationId: 'r1', amount: 4, releasedAmount: 1, purpose: 'reading' } },
    { type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 50, shortfall: 0, reason: 'refund' } },
    { type: 'CreditsAdjusted', data: { userId, adjustmentId: 'a1', amount: 7, reason: 'fix' } },
  ]);

  it('balances: available, reserved and lifetime totals', async () => {
    // Two batches, to show totals accumulate across batches.
    await apply(balancesProjection, events.slice(0, 3));
    await apply(balancesProjection, events.slice(3));
    const { rows } = await db.pool.query('SELECT * FROM balances WHERE user_id = $1', [userId]);
    expect(rows[0]).toMatchObject({
      balance: '23',
      reserved: '3',
      available: '20',
      lifetime_granted: '20',
      lifetime_purchased: '50',
      lifetime_spent: '4',
      lifetime_refunded: '50',
    });
  });

  it('ledger_entries: one row per event whose amounts sum to the available balance', async () => {
    await apply(ledgerEntriesProjection, events);
    const { rows } = await db.pool.query('SELECT * FROM ledger_entries WHERE user_id = $1 ORDER BY position', [userId]);
    expect(rows.map((r) => [r.event_type, Number(r.amount), Number(r.balance_change)])).toEqual([
      ['CreditsGranted', 20, 20],
      ['CreditsPurchased', 50, 50],
      ['CreditsReserved', -5, 0],
      ['CreditsReserved', -3, 0],
      ['CreditsCaptured', 1, -4],
      ['CreditsRefunded', -50, -50],
      ['CreditsAdjusted', 7, 7],
    ]);
    expect(rows.reduce((sum, r) => sum + Number(r.amount), 0)).toBe(20);
    expect(rows[6]).toMatchObject({ reference: 'a1', detail: 'fix', actor_kind: 'system' });
  });

  it('open_reservations: opened, then settled ones removed, even within one batch', async () => {
    const more = ledger(userId, [
      { type: 'CreditsReserved', data: { userId, reservationId: 'r3', amount: 1, purpose: 'x', expiresAt: '2030-01-01T00:00:00Z' } },
      { type: 'CreditsReleased', data: { userId, reservationId: 'r3', amount: 1, reason: 'failed', purpose: 'x' } },
    ]);
    await apply(openReservationsProjection, [...events, ...more]);
    const { rows } = await db.pool.query('SELECT reservation_id FROM open_reservations ORDER BY reservation_id');
    expect(rows.map((r) => r.reservation_id)).toEqual(['r2']);
  });

  it('readings: a batch folds into one row per reading, whether the reading began in it or before', async () => {
    const reading = (id: string, type: string, data: object) => recorded(`reading-${id}`, { type, data: { readingId: id, userId: 'u-r', ...data } });
    const request = (id: string) =>
      reading(id, 'ReadingRequested', { spreadId: 'one_card', question: `question ${id}?`, language: 'en', deck: 'full', reversals: true, reservationId: id, price: 1 });
    const cards = [{ position: 'focus', cardId: 'major-00', reversed: true }];
    // One batch: rd1 from request to delivery, rd2 requested and drawn; a second batch finishes rd2 with a failure.
    await apply(readingsProjection, [
      request('rd1'),
      request('rd2'),
      reading('rd1', 'CardsDrawn', { cards }),
      reading('rd2', 'CardsDrawn', { cards }),
      reading('rd1', 'ReadingGenerated', { text: 'The Fool, reversed.', source: 'offline' }),
      reading('rd1', 'ReadingDelivered', {}),
    ]);
    await apply(readingsProjection, [reading('rd2', 'ReadingGenerated', { text: 'Half a reading.', source: 'llm' }), reading('rd2', 'ReadingFailed', { reason: 'delivery_failed' })]);
    const { rows } = await db.pool.query(
      `SELECT reading_id, question, status, cards, text, source, failure_reason, position::float8 AS position FROM readings WHERE user_id = 'u-r' ORDER BY reading_id`,
    );
    expect(rows).toEqual([
      { reading_id: 'rd1', question: 'question rd1?', status: 'delivered', cards, text: 'The Fool, reversed.', source: 'offline', failure_reason: null, position: position - 2 },
      { reading_id: 'rd2', question: 'question rd2?', status: 'failed', cards, text: 'Half a reading.', source: 'llm', failure_reason: 'delivery_failed', position },
    ]);
  });

  it('users: profile fields and referrer', async () => {
    await apply(usersProjection, [
      recorded('user-u9', { type: 'UserRegistered', data: { userId: 'u9', telegramId: 99, profile: { displayName: 'Bo', languageCode: 'ru' }, referredBy: 'u1' } }),
    ]);
    const { rows } = await db.pool.query('SELECT * FROM users WHERE user_id = $1', ['u9']);
    expect(rows[0]).toMatchObject({ telegram_id: '99', display_name: 'Bo', language_code: 'ru', referred_by: 'u1' });
  });
});

describe('projector', () => {
  const event = (type: string, data: unknown): EventToAppend => ({
    id: randomUUID(),
    type,
    data,
    metadata: { correlationId: 'c', causationId: 'c', actor: { kind: 'system', id: 't' }, schemaVersion: 1, occurredAt: new Date().toISOString() },
  });

  it('stops a projection on a failing event, records the error, keeps the others going, and resumes after a fix', async () => {
    const store = new PostgresEventStore(db.pool);
    let broken = true;
    const name = `fragile_${randomUUID().slice(0, 6)}`;
    const fragile: Projection = {
      name,
      filter: { eventTypes: ['Probe'] },
      tables: [{ name, ddl: (t) => [`CREATE TABLE ${t} (n int PRIMARY KEY)`] }],
      async handle(events, { client, table }) {
        for (const e of events) {
          if (broken && (e.data as { poison?: boolean }).poison) throw new Error('cannot handle poison');
          await client.query(`INSERT INTO ${table(name)} (n) VALUES ($1)`, [(e.data as { n: number }).n]);
        }
      },
    };
    const seen = async () => (await db.pool.query(`SELECT n FROM ${name} ORDER BY n`)).rows.map((r) => r.n);
    const healthySeen: number[] = [];
    const healthy: Projection = {
      name: `healthy_${randomUUID().slice(0, 6)}`,
      filter: { eventTypes: ['Probe'] },
      tables: [],
      async handle(events) {
        for (const e of events) healthySeen.push((e.data as { n: number }).n);
      },
    };
    const stream = `probe-${randomUUID()}`;
    await store.appendToStream(stream, [event('Probe', { n: 1 }), event('Probe', { n: 2 })]);
    const poison = event('Probe', { n: 3, poison: true });
    await store.appendToStream(stream, [poison, event('Probe', { n: 4 })]);

    const projector = new Projector(db.pool, store, [fragile, healthy], { batchSize: 100, logger: pino({ level: 'silent' }), idleRetryMs: 100 });
    projector.start();
    const statusOf = async (name: string) => (await db.pool.query('SELECT * FROM projection_status WHERE name = $1', [name])).rows[0];
    await expect.poll(async () => (await statusOf(fragile.name))?.status, { timeout: 10_000 }).toBe('failed');
    await expect.poll(() => healthySeen.length, { timeout: 10_000 }).toBe(4);

    const failed = await statusOf(fragile.name);
    expect(failed.error).toMatch(/cannot handle poison/);
    expect(failed.failed_event_id).toBe(poison.id);
    expect(await seen()).toEqual([1, 2]);
    // The checkpoint stopped just before the failing event: nothing was skipped.
    const rows = await db.pool.query('SELECT global_position::float8 AS p FROM es_events WHERE stream_name = $1 ORDER BY global_position', [stream]);
    expect(Number(failed.position)).toBe(rows.rows[1].p);
    expect(Number(failed.failed_position)).toBe(rows.rows[2].p);

    broken = false;
    expect(await resumeProjection(db.pool, fragile.name)).toBe(true);
    await expect.poll(seen, { timeout: 10_000 }).toEqual([1, 2, 3, 4]);
    await projector.stop();
    await store.close();
  });

  it('reads each window of the log once for all projections, and checkpoints past events a projection ignores', async () => {
    const store = new PostgresEventStore(db.pool);
    const reads: { from: number; events: number }[] = [];
    const counting = Object.create(store) as PostgresEventStore;
    counting.readAll = async (options) => {
      const result = await store.readAll(options);
      reads.push({ from: options?.fromPosition ?? 0, events: result.events.length });
      return result;
    };
    const type = `Shared${randomUUID().slice(0, 6)}`;
    const seen = new Map<string, number[]>();
    const projections: Projection[] = ['a', 'b', 'c'].map((suffix) => {
      const name = `shared_${suffix}_${randomUUID().slice(0, 6)}`;
      seen.set(name, []);
      return {
        name,
        filter: { eventTypes: [type] },
        tables: [],
        async handle(events) {
          for (const e of events) seen.get(name)!.push((e.data as { n: number }).n);
        },
      };
    });
    const projector = new Projector(db.pool, counting, projections, { batchSize: 100, logger: pino({ level: 'silent' }), idleRetryMs: 100 });
    const checkpoints = async () =>
      (await db.pool.query('SELECT position::float8 AS p FROM projection_status WHERE name = ANY ($1)', [projections.map((p) => p.name)])).rows.map((r) => r.p);
    const head = async () => (await db.pool.query('SELECT max(global_position)::float8 AS p FROM es_events')).rows[0].p as number;
    projector.start();

    // Events none of them handles: the checkpoints still reach the head once the projector is idle.
    await store.appendToStream(`other-${randomUUID()}`, [event('Unrelated', { n: 0 })]);
    const unrelatedAt = await head();
    await expect.poll(checkpoints, { timeout: 10_000 }).toEqual([unrelatedAt, unrelatedAt, unrelatedAt]);

    // One event all three handle, appended while they wait at the head: one read serves them all.
    await store.appendToStream(`probe-${randomUUID()}`, [event(type, { n: 1 })]);
    await expect.poll(() => [...seen.values()], { timeout: 10_000 }).toEqual([[1], [1], [1]]);
    expect(reads.filter((r) => r.from === unrelatedAt && r.events > 0)).toHaveLength(1);
    const handledAt = await head();
    await expect.poll(checkpoints, { timeout: 10_000 }).toEqual([handledAt, handledAt, handledAt]);
    await projector.stop();
    await store.close();
  });
});
