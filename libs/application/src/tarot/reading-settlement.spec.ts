import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReservationSweeper } from '..';
import { createLogger, ExpiredReservations, openReservationsProjection, PostgresEventStore, Projector, systemActor } from '../../../infrastructure/src';
import { ProjectorModule } from '../../../../apps/projector/src/projector.module';
import { startSystem, TestSystem } from '../../../../test/support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('reading_settlement', { WELCOME_CREDITS: '0' });
});
afterAll(async () => sys?.close());

const context = { actor: systemActor('test') };

/** A user with credits and a one-card reading requested against a reservation of its price. */
async function requestedReading(expiresInMs = 3_600_000): Promise<{ userId: string; readingId: string }> {
  const userId = randomUUID();
  const readingId = randomUUID();
  await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Seer' } }, context);
  await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: 5, source: 'admin', reason: 'test' }, { actor: { kind: 'admin', id: 'test' } });
  await sys.commands.ledger(
    { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: readingId, amount: 1, purpose: `reading:${readingId}`, expiresAt: new Date(Date.now() + expiresInMs).toISOString() },
    context,
  );
  await sys.commands.tarotReading(
    {
      type: 'RequestReading',
      commandId: randomUUID(),
      readingId,
      userId,
      spreadId: 'one_card',
      question: 'Is it settled?',
      language: 'en',
      deck: 'full',
      reversals: false,
      reservationId: readingId,
      price: 1,
      cards: [{ position: 'focus', cardId: 'major-10', reversed: false }],
      interpretation: { text: 'The wheel turns.', source: 'offline' },
    },
    context,
  );
  return { userId, readingId };
}

async function ledgerOf(userId: string) {
  const { rows } = await sys.db.pool.query(
    `SELECT event_type, count(*)::int AS n FROM es_events WHERE stream_name = $1 GROUP BY event_type ORDER BY event_type`,
    [`credits-${userId}`],
  );
  return Object.fromEntries(rows.map((r) => [r.event_type, r.n]));
}

describe('reading settlement (process manager)', () => {
  it('captures the credits of a reading once it is recorded as delivered, as the settlement process', async () => {
    const { userId, readingId } = await requestedReading();
    await sys.commands.tarotReading({ type: 'MarkReadingDelivered', commandId: randomUUID(), readingId }, context);
    await sys.settle();
    expect(await ledgerOf(userId)).toEqual({ CreditsCaptured: 1, CreditsGranted: 1, CreditsReserved: 1 });
    const { rows } = await sys.db.pool.query('SELECT available::int, reserved::int, balance::int FROM balances WHERE user_id = $1', [userId]);
    expect(rows[0]).toEqual({ available: 4, reserved: 0, balance: 4 });
    const captured = await sys.db.pool.query(`SELECT metadata->'actor' AS actor FROM es_events WHERE stream_name = $1 AND event_type = 'CreditsCaptured'`, [`credits-${userId}`]);
    expect(captured.rows[0].actor).toEqual({ kind: 'system', id: 'reading-settlement' });
  });

  it('releases a reading recorded as failed (a no-op where the bot released already), and never captures it', async () => {
    const { userId, readingId } = await requestedReading();
    await sys.commands.tarotReading({ type: 'FailReading', commandId: randomUUID(), readingId, reason: 'delivery_failed' }, context);
    await sys.settle();
    expect(await ledgerOf(userId)).toEqual({ CreditsGranted: 1, CreditsReleased: 1, CreditsReserved: 1 });

    const second = await requestedReading();
    await sys.commands.ledger({ type: 'ReleaseReservation', commandId: randomUUID(), userId: second.userId, reservationId: second.readingId, reason: 'bot released' }, context);
    await sys.commands.tarotReading({ type: 'FailReading', commandId: randomUUID(), readingId: second.readingId, reason: 'llm_failed' }, context);
    await sys.settle();
    expect(await ledgerOf(second.userId)).toEqual({ CreditsGranted: 1, CreditsReleased: 1, CreditsReserved: 1 });
  });

  it('a reading delivered before its reservation expired is captured, not released, after the projector was down past the expiry', async () => {
    await sys.settle();
    await sys.projector.close(); // the projector (settlements and sweeper) is down
    const delivered = await requestedReading(300);
    await sys.commands.tarotReading({ type: 'MarkReadingDelivered', commandId: randomUUID(), readingId: delivered.readingId }, context);
    const abandoned = await requestedReading(300); // never delivered, never failed: the sweeper's to release
    await new Promise((r) => setTimeout(r, 400)); // both reservations are now past their expiry

    // On the way back up, open_reservations (one cheap batch) catches up before the settlement
    // (a command per event) has captured: the sweeper then sees both reservations as open.
    const logger = createLogger('silent', 'sweeper-test');
    const store = new PostgresEventStore(sys.db.pool);
    const head = await store.headPosition();
    const partial = new Projector(sys.db.pool, store, [openReservationsProjection], { batchSize: 500, logger });
    partial.start();
    await expect.poll(async () => (await sys.db.pool.query(`SELECT position::float8 AS p FROM projection_status WHERE name = 'open_reservations'`)).rows[0].p, { timeout: 10_000 }).toBeGreaterThanOrEqual(head);
    await partial.stop();
    const open = await sys.db.pool.query('SELECT reservation_id FROM open_reservations WHERE reservation_id = ANY ($1::text[])', [[delivered.readingId, abandoned.readingId]]);
    expect(open.rows).toHaveLength(2);

    const sweeper = new ReservationSweeper(new ExpiredReservations(sys.db.pool), store, sys.commands, logger, {
      intervalMs: 50,
      watched: ['open_reservations', 'reading_settlement', 'conversion_settlement'],
    });
    let released = 0;
    for (let i = 0; i < 4; i++) {
      released += await sweeper.tick();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(released).toBe(0); // the settlement has not read past the expiry yet: nothing is released
    expect(await ledgerOf(delivered.userId)).toEqual({ CreditsGranted: 1, CreditsReserved: 1 });

    // The whole projector again: the settlement captures the delivered reading, then the sweeper
    // releases the abandoned one.
    sys.projector = await NestFactory.createApplicationContext(
      ProjectorModule.forRoot({ config: sys.config, databaseUrl: sys.db.url, logger, appName: 'projector' }),
      { logger: false },
    );
    await sys.projector.init();
    await expect.poll(() => ledgerOf(abandoned.userId), { timeout: 10_000 }).toEqual({ CreditsGranted: 1, CreditsReleased: 1, CreditsReserved: 1 });
    await sys.settle();
    expect(await ledgerOf(delivered.userId)).toEqual({ CreditsCaptured: 1, CreditsGranted: 1, CreditsReserved: 1 });
    const reasons = await sys.db.pool.query(`SELECT data->>'reason' AS reason FROM es_events WHERE stream_name = $1 AND event_type = 'CreditsReleased'`, [`credits-${abandoned.userId}`]);
    expect(reasons.rows).toEqual([{ reason: 'expired' }]);
  });
});
