'use strict';
/**
 * One racing writer, as its own OS process: its own pool, event store and command runner (the
 * compiled ones in dist/, as the apps run them). It folds the user's ledger first (so its cache is
 * as stale as every other racer's), prints `ready`, waits for `go` on stdin, then sends COUNT
 * ledger commands at once and prints one JSON line: how many were appended, how many refused with
 * each error code.
 *
 * env: DATABASE_URL, USER_ID, COUNT, KIND (reserve | adjust), MAX_ATTEMPTS.
 */
const { randomUUID } = require('node:crypto');
const path = require('node:path');
const dist = path.resolve(__dirname, '../../dist');
const { AggregateRunner, createPool, PostgresEventStore } = require(path.join(dist, 'libs/infrastructure/src'));
const { creditLedger, creditsStream } = require(path.join(dist, 'libs/domain/src'));

async function main() {
  const userId = process.env.USER_ID;
  const count = Number(process.env.COUNT);
  const kind = process.env.KIND ?? 'reserve';
  const pool = createPool(process.env.DATABASE_URL, { applicationName: `racer-${process.pid}`, max: 4 });
  const store = new PostgresEventStore(pool);
  const runner = new AggregateRunner(store, Number(process.env.MAX_ATTEMPTS ?? 8));
  const stream = creditsStream(userId);
  await runner.state(creditLedger, stream);
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));

  const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
  const command = () =>
    kind === 'adjust'
      ? { type: 'AdjustCredits', commandId: randomUUID(), userId, amount: -1, reason: 'race' }
      : { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: randomUUID(), amount: 1, purpose: 'race', expiresAt };
  const results = await Promise.allSettled(
    Array.from({ length: count }, () => runner.execute(creditLedger, stream, command(), { actor: { kind: 'user', id: userId } })),
  );
  const refused = {};
  let appended = 0;
  for (const result of results) {
    if (result.status === 'fulfilled') appended += result.value.appended.length > 0 ? 1 : 0;
    else {
      const code = result.reason?.code ?? result.reason?.name ?? String(result.reason);
      refused[code] = (refused[code] ?? 0) + 1;
    }
  }
  process.stdout.write(`${JSON.stringify({ appended, refused })}\n`);
  await store.close();
  await pool.end();
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
