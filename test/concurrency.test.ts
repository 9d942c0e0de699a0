import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditLedger, creditsStream, Decider, DomainError } from '../libs/domain/src';
import { AggregateRunner, createPool, PostgresEventStore, systemActor } from '../libs/infrastructure/src';
import { raceLedgerCommands } from './support/processes';
import { startSystem, TestSystem } from './support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('concurrency', { WELCOME_CREDITS: '0' });
});
afterAll(async () => sys?.close());

const expiresAt = () => new Date(Date.now() + 3_600_000).toISOString();

async function userWith(credits: number): Promise<string> {
  const userId = randomUUID();
  await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Racer' } }, { actor: systemActor('test') });
  await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: credits, source: 'admin', reason: 'race' }, { actor: { kind: 'admin', id: 'test' } });
  return userId;
}

describe('concurrent reservations against one balance', () => {
  it('200 ReserveCredits of 1 raced from 4 OS processes against a balance of 100: exactly 100 succeed, and the read model agrees', async () => {
    // Each process queues its own commands for the stream one after another, so only the
    // database's expected-revision check stands between the four processes' stale states.
    const userId = await userWith(100);
    const results = await raceLedgerCommands({ databaseUrl: sys.db.url, userId, kind: 'reserve', processes: 4, perProcess: 50, maxAttempts: 1000 });
    const appended = results.reduce((n, r) => n + r.appended, 0);
    const refused: Record<string, number> = {};
    for (const r of results) for (const [code, n] of Object.entries(r.refused)) refused[code] = (refused[code] ?? 0) + n;
    expect(appended).toBe(100);
    expect(refused).toEqual({ insufficient_credits: 100 });

    await sys.settle();
    const { rows } = await sys.db.pool.query('SELECT available::int, reserved::int, balance::int FROM balances WHERE user_id = $1', [userId]);
    expect(rows[0]).toEqual({ available: 0, reserved: 100, balance: 100 });
    const reserved = await sys.db.pool.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE user_id = $1 AND event_type = 'CreditsReserved'`, [userId]);
    expect(reserved.rows[0].n).toBe(100);
    const events = await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE stream_name = $1 AND event_type = 'CreditsReserved'`, [creditsStream(userId)]);
    expect(events.rows[0].n).toBe(100);
  }, 90_000);

  it('200 concurrent ReserveCredits of 1 in one process against a balance of 100: exactly 100 succeed', async () => {
    const userId = await userWith(100);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        sys.commands.ledger(
          { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: randomUUID(), amount: 1, purpose: 'race', expiresAt: expiresAt() },
          { actor: { kind: 'user', id: userId } },
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(100);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed).toHaveLength(100);
    for (const f of failed) expect((f.reason as DomainError).code).toBe('insufficient_credits');
  });

  it('independent writers (separate pools and runners, as separate processes would be) never overdraw', async () => {
    const userId = await userWith(60);
    const writers = Array.from({ length: 4 }, () => {
      const pool = createPool(sys.db.url, { applicationName: 'writer', max: 4 });
      return { pool, runner: new AggregateRunner(new PostgresEventStore(pool), 30) };
    });
    const results = await Promise.allSettled(
      writers.flatMap(({ runner }) =>
        Array.from({ length: 25 }, () =>
          runner.execute(
            creditLedger,
            creditsStream(userId),
            { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: randomUUID(), amount: 1, purpose: 'race', expiresAt: expiresAt() },
            { actor: { kind: 'user', id: userId } },
          ),
        ),
      ),
    );
    await Promise.all(writers.map((w) => w.pool.end()));
    const succeeded = results.filter((r) => r.status === 'fulfilled').length;
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    // Every success is backed by credits; every failure says why (never a silent overdraft).
    expect(succeeded).toBeLessThanOrEqual(60);
    for (const r of rejected) expect(['insufficient_credits', undefined]).toContain((r.reason as DomainError).code);
    const events = await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE stream_name = $1 AND event_type = 'CreditsReserved'`, [creditsStream(userId)]);
    expect(events.rows[0].n).toBe(succeeded);
    expect(succeeded).toBe(60);
  });
});

describe('the command runner and its cache', () => {
  /** A counter that adds on every command (no idempotency of its own: only the store's event ids guard it). */
  type Added = { type: 'Added'; data: { n: number } };
  const counter: Decider<{ type: 'Add'; commandId: string; n: number }, Added, { total: number; adds: number }> = {
    name: 'Counter',
    initialState: () => ({ total: 0, adds: 0 }),
    evolve: (state, event) => ({ total: state.total + event.data.n, adds: state.adds + 1 }),
    decide: (command) => [{ type: 'Added', data: { n: command.n } }],
  };
  const context = { actor: systemActor('test') };

  it('a command that ran before appends nothing again, even after later events; a cached state catches up with only what it missed', async () => {
    const stream = `counter-${randomUUID()}`;
    const pools = [createPool(sys.db.url, { applicationName: 'runner-a', max: 2 }), createPool(sys.db.url, { applicationName: 'runner-b', max: 2 })];
    const [a, b] = pools.map((pool) => new AggregateRunner(new PostgresEventStore(pool)));
    const first = { type: 'Add' as const, commandId: randomUUID(), n: 1 };
    expect((await a!.execute(counter, stream, first, context)).state).toEqual({ total: 1, adds: 1 });
    expect((await a!.execute(counter, stream, { type: 'Add', commandId: randomUUID(), n: 10 }, context)).state).toEqual({ total: 11, adds: 2 });

    // Another process (its own runner and cache) retries the first command: its events are there.
    const retried = await b!.execute(counter, stream, first, context);
    expect(retried.appended).toEqual([]);
    expect(retried.state).toEqual({ total: 11, adds: 2 });
    // And the same process retrying it, from its cache, likewise.
    expect((await a!.execute(counter, stream, first, context)).appended).toEqual([]);

    // b appends; a's cached state (at revision 1) reads only revision 2 to catch up.
    await b!.execute(counter, stream, { type: 'Add', commandId: randomUUID(), n: 100 }, context);
    const reads: (number | undefined)[] = [];
    const store = (a as unknown as { store: PostgresEventStore }).store;
    const readStream = store.readStream.bind(store);
    store.readStream = (name, options) => {
      reads.push(options?.fromRevision);
      return readStream(name, options);
    };
    expect((await a!.state(counter, stream)).state).toEqual({ total: 111, adds: 3 });
    expect(reads).toEqual([2]);
    const { rows } = await sys.db.pool.query('SELECT count(*)::int AS n FROM es_events WHERE stream_name = $1', [stream]);
    expect(rows[0].n).toBe(3);
    await Promise.all(pools.map((pool) => pool.end()));
  });
});
