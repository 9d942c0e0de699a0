import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { CreditLedgerEvent, currentSchemaVersion, DomainEvent } from '../../libs/domain/src';

const metadata = (type: string) =>
  JSON.stringify({
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actor: { kind: 'system', id: 'seed' },
    schemaVersion: currentSchemaVersion(type),
    occurredAt: new Date().toISOString(),
  });

/** A plausible history for one user: registration, grants, purchases, reservations settled both ways. */
export function userHistory(userId: string, rounds: number): { stream: string; events: DomainEvent[] }[] {
  const ledger: CreditLedgerEvent[] = [
    { type: 'CreditsGranted', data: { userId, amount: 20, source: 'welcome', grantKey: 'welcome' } },
    { type: 'CreditsPurchased', data: { userId, paymentId: `pi_${userId}`, credits: 500, provider: 'stripe' } },
  ];
  for (let i = 0; i < rounds; i++) {
    const reservationId = `${userId}-r${i}`;
    ledger.push({ type: 'CreditsReserved', data: { userId, reservationId, amount: 3, purpose: 'reading', expiresAt: '2099-01-01T00:00:00.000Z' } });
    if (i % 3 === 0) ledger.push({ type: 'CreditsReleased', data: { userId, reservationId, amount: 3, reason: 'failed', purpose: 'reading' } });
    else if (i % 3 === 1) ledger.push({ type: 'CreditsCaptured', data: { userId, reservationId, amount: 2, releasedAmount: 1, purpose: 'reading' } });
  }
  return [
    { stream: `user-${userId}`, events: [{ type: 'UserRegistered', data: { userId, profile: { displayName: `user ${userId.slice(0, 6)}` } } }] },
    { stream: `credits-${userId}`, events: ledger },
  ];
}

/** Appends histories through es_append (the adapter's own SQL), many streams per round trip. */
export async function seedUsers(pool: Pool, users: number, rounds: number): Promise<string[]> {
  const ids = Array.from({ length: users }, () => randomUUID());
  const appends = ids.flatMap((id) => userHistory(id, rounds));
  for (let i = 0; i < appends.length; i += 50) {
    await Promise.all(
      appends.slice(i, i + 50).map(({ stream, events }) =>
        pool.query('SELECT es_append($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])', [
          stream,
          'no_stream',
          events.map(() => randomUUID()),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => metadata(e.type)),
        ]),
      ),
    );
  }
  return ids;
}

/** Every read-model row, ordered, for comparing two builds of the same log. */
export async function snapshotReadModels(pool: Pool): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    users: 'SELECT user_id, telegram_id, display_name, username, language_code, referred_by, position FROM users ORDER BY user_id',
    balances:
      'SELECT user_id, balance, reserved, available, lifetime_granted, lifetime_purchased, lifetime_spent, lifetime_refunded, position FROM balances ORDER BY user_id',
    ledger_entries: 'SELECT position, event_id, user_id, event_type, amount, balance_change, reference, detail FROM ledger_entries ORDER BY position',
    open_reservations: 'SELECT reservation_id, user_id, amount, purpose, expires_at, position FROM open_reservations ORDER BY reservation_id',
  };
  const snapshot: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(tables)) snapshot[name] = (await pool.query(sql)).rows;
  return snapshot;
}
