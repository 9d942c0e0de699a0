import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../libs/infrastructure/src';
import { startSystem, TestSystem } from './support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('reading_settlement', { WELCOME_CREDITS: '0' });
});
afterAll(async () => sys?.close());

const context = { actor: systemActor('test') };

/** A user with credits and a one-card reading requested against a reservation of its price. */
async function requestedReading(): Promise<{ userId: string; readingId: string }> {
  const userId = randomUUID();
  const readingId = randomUUID();
  await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Seer' } }, context);
  await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: 5, source: 'admin', reason: 'test' }, { actor: { kind: 'admin', id: 'test' } });
  await sys.commands.ledger(
    { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: readingId, amount: 1, purpose: `reading:${readingId}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
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
});
