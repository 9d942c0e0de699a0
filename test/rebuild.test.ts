import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableOf, creditLedger, fold } from '../libs/domain/src';
import { PostgresEventStore, READ_MODEL_PROJECTIONS, rebuildProjection, systemActor } from '../libs/infrastructure/src';
import { seedUsers, snapshotReadModels } from './support/seed';
import { startSystem, SUPPORT_TOKEN, TestSystem } from './support/system';
import { sweepNow } from './support/updates';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('rebuild', { WELCOME_CREDITS: '0' });
});
afterAll(async () => sys?.close());

describe('rebuild', () => {
  it('replays into fresh tables and swaps them in while queries and writes keep going', async () => {
    const users = await seedUsers(sys.db.pool, 150, 12);
    await sys.settle();
    const before = await snapshotReadModels(sys.db.pool);
    expect(before.balances).toHaveLength(150);

    // Readers hammer the API during the rebuild; none may fail.
    let stop = false;
    let reads = 0;
    const failures: string[] = [];
    const reader = (async () => {
      while (!stop) {
        const userId = users[reads % users.length];
        const response = await fetch(`${sys.url}/users/${userId}/balance`, { headers: { authorization: `Bearer ${SUPPORT_TOKEN}` } });
        if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`);
        reads++;
      }
    })();
    // Writers keep appending, so the rebuild has a live tail to catch up on.
    const writer = (async () => {
      for (let i = 0; i < 40; i++) {
        await sys.commands.ledger(
          { type: 'GrantCredits', commandId: randomUUID(), userId: users[i]!, amount: 1, source: 'admin', reason: 'during rebuild' },
          { actor: { kind: 'admin', id: 'test' } },
        );
      }
    })();

    const store = new PostgresEventStore(sys.db.pool);
    for (let round = 0; round < 2; round++) {
      for (const projection of READ_MODEL_PROJECTIONS) await rebuildProjection(sys.db.pool, store, projection, { batchSize: 500 });
    }
    await writer;
    stop = true;
    await reader;
    await store.close();

    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    await sys.settle();
    // Every balance equals the ledger folded straight from the log.
    for (const userId of users.slice(0, 50)) {
      const state = fold(creditLedger, (await store.readStream(`credits-${userId}`)) as never);
      const { rows } = await sys.db.pool.query('SELECT available::int, balance::int FROM balances WHERE user_id = $1', [userId]);
      expect(rows[0]).toEqual({ available: availableOf(state), balance: state.balance });
    }
    const after = await snapshotReadModels(sys.db.pool);
    expect(after.ledger_entries.length).toBe(before.ledger_entries.length + 40);
    expect(after.users).toEqual(before.users);
    const leftovers = await sys.db.pool.query(`SELECT relname FROM pg_class WHERE relname LIKE '%\\_\\_rebuild' OR relname LIKE '%\\_\\_old'`);
    expect(leftovers.rows).toEqual([]);
  });

  it('the expiry sweeper releases reservations past their expiry, once', async () => {
    const userId = randomUUID();
    await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: 10, source: 'admin', reason: 't' }, { actor: systemActor('t') });
    const reservationId = randomUUID();
    await sys.commands.ledger(
      { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId, amount: 4, purpose: 'reading', expiresAt: new Date(Date.now() + 300).toISOString() },
      { actor: systemActor('t') },
    );
    // The projector's sweeper (every 200 ms in tests) finds it in open_reservations and releases it.
    await expect
      .poll(async () => (await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE event_type = 'CreditsReleased' AND data->>'reservationId' = $1`, [reservationId])).rows[0].n, { timeout: 10_000 })
      .toBe(1);
    // A full sweep after the release was projected finds nothing more to release.
    expect(await sweepNow(sys.db.pool, sys.commands, () => sys.settle())).toBe(0);
    const released = await sys.db.pool.query(`SELECT data, metadata FROM es_events WHERE event_type = 'CreditsReleased' AND data->>'reservationId' = $1`, [reservationId]);
    expect(released.rows).toHaveLength(1);
    expect(released.rows[0].data).toMatchObject({ reason: 'expired', amount: 4 });
    expect(released.rows[0].metadata.actor).toEqual({ kind: 'system', id: 'reservation-sweeper' });
    const { rows } = await sys.db.pool.query('SELECT available::int FROM balances WHERE user_id = $1', [userId]);
    expect(rows[0].available).toBe(10);
  });
});
