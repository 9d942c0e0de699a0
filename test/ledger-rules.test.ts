import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditLedger, creditsStream } from '../libs/domain/src';
import { AggregateRunner, createPool, PostgresEventStore, systemActor } from '../libs/infrastructure/src';
import { raceLedgerCommands } from './support/processes';
import { startSystem, TestSystem } from './support/system';
import { sweepNow } from './support/updates';

/**
 * The ledger's rules end to end: real PostgreSQL, the real command bus and runner, the real
 * projector and expiry sweeper (the domain specs cover the same rules on the decider alone).
 */
let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('ledger_rules', { WELCOME_CREDITS: '0', RESERVATION_SWEEP_INTERVAL_MS: '100' });
});
afterAll(async () => sys?.close());

const context = { actor: systemActor('test') };
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

async function userWith(credits: number): Promise<string> {
  const userId = randomUUID();
  await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Ledger' } }, context);
  await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: credits, source: 'admin', reason: 'test' }, { actor: { kind: 'admin', id: 'test' } });
  return userId;
}

async function reserve(userId: string, amount: number, expiresInMs = 3_600_000): Promise<string> {
  const reservationId = randomUUID();
  await sys.commands.ledger({ type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId, amount, purpose: 'test', expiresAt: inMs(expiresInMs) }, context);
  return reservationId;
}

async function eventsOf(userId: string): Promise<Record<string, number>> {
  const { rows } = await sys.db.pool.query(
    `SELECT event_type, count(*)::int AS n FROM es_events WHERE stream_name = $1 GROUP BY event_type ORDER BY event_type`,
    [creditsStream(userId)],
  );
  return Object.fromEntries(rows.map((r) => [r.event_type, r.n]));
}

async function balanceOf(userId: string) {
  const { rows } = await sys.db.pool.query('SELECT available::int, reserved::int, balance::int FROM balances WHERE user_id = $1', [userId]);
  return rows[0];
}

const released = async (reservationId: string) =>
  (await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE event_type = 'CreditsReleased' AND data->>'reservationId' = $1`, [reservationId])).rows[0].n as number;

describe('capture once', () => {
  it('two captures of one reservation (other command ids, another process) charge once; a release after it is refused', async () => {
    const userId = await userWith(10);
    const reservationId = await reserve(userId, 4);
    // A second writer with its own pool and runner, as another process would be.
    const pool = createPool(sys.db.url, { applicationName: 'capture-racer', max: 2 });
    const other = new AggregateRunner(new PostgresEventStore(pool));
    try {
      const capture = () => ({ type: 'CaptureReservation' as const, commandId: randomUUID(), userId, reservationId });
      const outcomes = await Promise.all([
        sys.commands.ledger(capture(), context),
        other.execute(creditLedger, creditsStream(userId), capture(), context),
        sys.commands.ledger(capture(), context),
      ]);
      expect(outcomes.map((o) => o.appended.length).sort()).toEqual([0, 0, 1]);
      // Later, once more from either side: nothing.
      expect((await sys.commands.ledger(capture(), context)).appended).toEqual([]);
      expect((await other.execute(creditLedger, creditsStream(userId), capture(), context)).appended).toEqual([]);
    } finally {
      await pool.end();
    }
    await expect(
      sys.commands.ledger({ type: 'ReleaseReservation', commandId: randomUUID(), userId, reservationId, reason: 'too late' }, context),
    ).rejects.toMatchObject({ code: 'reservation_already_settled' });

    await sys.settle();
    expect(await eventsOf(userId)).toEqual({ CreditsCaptured: 1, CreditsGranted: 1, CreditsReserved: 1 });
    expect(await balanceOf(userId)).toEqual({ available: 6, reserved: 0, balance: 6 });
    const { rows } = await sys.db.pool.query(
      `SELECT event_type, balance_change::int FROM ledger_entries WHERE user_id = $1 AND event_type = 'CreditsCaptured'`,
      [userId],
    );
    expect(rows).toEqual([{ event_type: 'CreditsCaptured', balance_change: -4 }]);
  });

  it('a partial capture returns the rest at once and cannot be captured again for the remainder', async () => {
    const userId = await userWith(10);
    const reservationId = await reserve(userId, 5);
    const first = await sys.commands.ledger({ type: 'CaptureReservation', commandId: randomUUID(), userId, reservationId, amount: 2 }, context);
    expect(first.appended).toHaveLength(1);
    const second = await sys.commands.ledger({ type: 'CaptureReservation', commandId: randomUUID(), userId, reservationId, amount: 3 }, context);
    expect(second.appended).toEqual([]);
    await sys.settle();
    expect(await balanceOf(userId)).toEqual({ available: 8, reserved: 0, balance: 8 });
  });
});

describe('adjustments work on available credits', () => {
  it('a removal larger than what is available (credits held by an open reservation) is refused and records nothing', async () => {
    const userId = await userWith(10);
    const reservationId = await reserve(userId, 8);
    await expect(
      sys.commands.ledger({ type: 'AdjustCredits', commandId: randomUUID(), userId, amount: -3, reason: 'fix' }, { actor: { kind: 'admin', id: 'test' } }),
    ).rejects.toMatchObject({ code: 'insufficient_credits', details: { available: 2 } });
    expect(await eventsOf(userId)).toEqual({ CreditsGranted: 1, CreditsReserved: 1 });

    const applied = await sys.commands.ledger({ type: 'AdjustCredits', commandId: randomUUID(), userId, amount: -2, reason: 'fix' }, { actor: { kind: 'admin', id: 'test' } });
    expect(applied.appended).toHaveLength(1);
    await sys.settle();
    expect(await balanceOf(userId)).toEqual({ available: 0, reserved: 8, balance: 8 });

    // Released, the reservation's credits are available again and can be adjusted away.
    await sys.commands.ledger({ type: 'ReleaseReservation', commandId: randomUUID(), userId, reservationId, reason: 'failed' }, context);
    await sys.commands.ledger({ type: 'AdjustCredits', commandId: randomUUID(), userId, amount: -8, reason: 'fix' }, { actor: { kind: 'admin', id: 'test' } });
    await sys.settle();
    expect(await balanceOf(userId)).toEqual({ available: 0, reserved: 0, balance: 0 });
  });

  it('40 removals of 1 raced from 4 OS processes against 10 available (20 more held): exactly 10 apply, never below zero', async () => {
    const userId = await userWith(30);
    await reserve(userId, 20);
    const results = await raceLedgerCommands({ databaseUrl: sys.db.url, userId, kind: 'adjust', processes: 4, perProcess: 10, maxAttempts: 1000 });
    expect(results.reduce((n, r) => n + r.appended, 0)).toBe(10);
    expect(results.reduce((n, r) => n + (r.refused.insufficient_credits ?? 0), 0)).toBe(30);
    await sys.settle();
    expect(await balanceOf(userId)).toEqual({ available: 0, reserved: 20, balance: 20 });
    expect((await eventsOf(userId)).CreditsAdjusted).toBe(10);
  }, 90_000);
});

describe('the expiry sweeper', () => {
  it('releases an expired reservation and leaves an unexpired one alone, through sweeps after both were open', async () => {
    const userId = await userWith(10);
    const lasting = await reserve(userId, 3); // an hour to go
    const expiring = await reserve(userId, 2, 300);
    // The projector's sweeper (every 100 ms here) releases the expired one: sweeps have run with
    // both reservations open.
    await expect.poll(() => released(expiring), { timeout: 10_000 }).toBe(1);
    // And a full sweep of a sweeper of our own, once the projector has caught up.
    expect(await sweepNow(sys.db.pool, sys.commands, () => sys.settle())).toBe(0);

    expect(await released(lasting)).toBe(0);
    expect(await released(expiring)).toBe(1);
    await sys.settle();
    const open = await sys.db.pool.query('SELECT reservation_id FROM open_reservations WHERE user_id = $1', [userId]);
    expect(open.rows).toEqual([{ reservation_id: lasting }]);
    expect(await balanceOf(userId)).toEqual({ available: 7, reserved: 3, balance: 10 });
  });
});
