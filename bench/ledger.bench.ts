import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import {
  Commands,
  CoreModule,
  createLogger,
  createPool,
  loadConfig,
  PostgresEventStore,
  Projector,
  READ_MODEL_PROJECTIONS,
  rebuildProjection,
  systemActor,
} from '@app/infrastructure';
import { benchDatabase, fmt, printTable, runFor } from './support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const USERS = 1000;
const CATCH_UP_EVENTS = 100_000;

/** `npm run bench -- ledger`: raw INSERT baseline vs ReserveCredits, projector catch-up, full rebuild. */
export async function ledgerBench(): Promise<void> {
  const db = await benchDatabase();
  const logger = createLogger('silent', 'bench');
  process.stdout.write(`ledger benchmark on ${db.label}; ${SECONDS}s per measurement\n`);
  try {
    // (1) Baseline: single-row INSERT transactions, same pool size, same database.
    const pool = createPool(db.url, { applicationName: 'bench', max: 16 });
    await pool.query('CREATE TABLE bench_raw (id bigserial PRIMARY KEY, stream text NOT NULL, data jsonb NOT NULL)');
    const payload = JSON.stringify({ userId: randomUUID(), reservationId: randomUUID(), amount: 1, purpose: 'bench', expiresAt: new Date().toISOString() });
    const rawInsert = () => pool.query('INSERT INTO bench_raw (stream, data) VALUES ($1, $2)', [`credits-${randomUUID()}`, payload]);
    const raw1 = await runFor(SECONDS, 1, rawInsert);
    const raw16 = await runFor(SECONDS, 16, rawInsert);

    // (2) ReserveCredits through the command bus, the real handler and the PostgreSQL event store.
    const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' });
    const app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config, databaseUrl: db.url, appName: 'bench', logger }), { logger: false });
    const commands = app.get(Commands);
    const users = Array.from({ length: USERS }, () => randomUUID());
    for (let i = 0; i < users.length; i += 50) {
      await Promise.all(
        users.slice(i, i + 50).map((userId) =>
          commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: 1_000_000, source: 'admin', reason: 'bench' }, { actor: systemActor('bench') }),
        ),
      );
    }
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const reserve = (_w: number, i: number) => {
      const userId = users[(i * 7919) % USERS]!;
      return commands.ledger(
        { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: randomUUID(), amount: 1, purpose: 'bench', expiresAt },
        { actor: { kind: 'user', id: userId } },
      );
    };
    const cmd1 = await runFor(SECONDS, 1, reserve);
    const cmd16 = await runFor(SECONDS, 16, reserve);
    await app.close();
    await pool.end();

    // (3) Projector catch-up over a fresh log of CATCH_UP_EVENTS events, then a full rebuild.
    const catchUp = await benchDatabase();
    const cpool = createPool(catchUp.url, { applicationName: 'bench-projector', max: 20 });
    const store = new PostgresEventStore(cpool);
    await seedLog(cpool, CATCH_UP_EVENTS);
    const projector = new Projector(cpool, store, READ_MODEL_PROJECTIONS, { batchSize: 2000, logger: pino({ level: 'silent' }) });
    const head = await store.headPosition();
    const total = Number((await cpool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
    const started = performance.now();
    projector.start();
    for (;;) {
      const { rows } = await cpool.query(
        `SELECT count(*)::int AS n, coalesce(min(position), 0)::float8 AS p FROM projection_status`,
      );
      if (rows[0].n === READ_MODEL_PROJECTIONS.length && rows[0].p >= head) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const catchUpSeconds = (performance.now() - started) / 1000;
    await projector.stop();
    const rebuildStarted = performance.now();
    for (const projection of READ_MODEL_PROJECTIONS) await rebuildProjection(cpool, store, projection, { batchSize: 5000 });
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    await store.close();
    await cpool.end();
    await catchUp.close();

    const ratio = (x: number, base: number) => `${fmt(x / base, 2)}×`;
    printTable('ledger: commands vs raw INSERT (same database, same run)', [
      { measure: 'raw INSERT transaction (baseline)', concurrency: 1, 'ops/s': fmt(raw1.perSecond), 'p50 ms': fmt(raw1.p50, 2), 'p99 ms': fmt(raw1.p99, 2), 'vs baseline': '1.00×' },
      { measure: 'raw INSERT transaction (baseline)', concurrency: 16, 'ops/s': fmt(raw16.perSecond), 'p50 ms': fmt(raw16.p50, 2), 'p99 ms': fmt(raw16.p99, 2), 'vs baseline': '1.00×' },
      { measure: `ReserveCredits (${USERS} users)`, concurrency: 1, 'ops/s': fmt(cmd1.perSecond), 'p50 ms': fmt(cmd1.p50, 2), 'p99 ms': fmt(cmd1.p99, 2), 'vs baseline': ratio(cmd1.perSecond, raw1.perSecond) },
      { measure: `ReserveCredits (${USERS} users)`, concurrency: 16, 'ops/s': fmt(cmd16.perSecond), 'p50 ms': fmt(cmd16.p50, 2), 'p99 ms': fmt(cmd16.p99, 2), 'vs baseline': ratio(cmd16.perSecond, raw16.perSecond) },
    ]);
    const eventsPerSecond = total / catchUpSeconds;
    printTable('ledger: projector', [
      { measure: `catch-up, ${READ_MODEL_PROJECTIONS.length} read models`, events: fmt(total), seconds: fmt(catchUpSeconds, 2), 'events/s': fmt(eventsPerSecond) },
      { measure: 'full rebuild, all read models', events: fmt(total), seconds: fmt(rebuildSeconds, 2), 'events/s': fmt(total / rebuildSeconds) },
    ]);
    const goals = [
      { goal: 'ReserveCredits at concurrency 16 >= 0.5× raw INSERT', measured: ratio(cmd16.perSecond, raw16.perSecond), met: cmd16.perSecond >= 0.5 * raw16.perSecond },
      { goal: 'projector catch-up >= 10,000 events/s', measured: fmt(eventsPerSecond), met: eventsPerSecond >= 10_000 },
    ];
    printTable('goals', goals.map((g) => ({ ...g, met: g.met ? 'yes' : 'NO' })));
  } finally {
    await db.close();
  }
}

/** Appends `total` ledger events over 1,000 users through es_append, 100 events per call. */
async function seedLog(pool: import('pg').Pool, total: number): Promise<void> {
  const users = Array.from({ length: 1000 }, () => randomUUID());
  const meta = JSON.stringify({ correlationId: randomUUID(), causationId: randomUUID(), actor: { kind: 'system', id: 'bench' }, schemaVersion: 1, occurredAt: new Date().toISOString() });
  const perCall = 100;
  const calls = Math.ceil(total / perCall);
  for (let c = 0; c < calls; c += 16) {
    await Promise.all(
      Array.from({ length: Math.min(16, calls - c) }, (_, k) => {
        const userId = users[(c + k) % users.length]!;
        const types: string[] = [];
        const data: string[] = [];
        for (let i = 0; i < perCall; i++) {
          const reservationId = randomUUID();
          if (i === 0) {
            types.push('CreditsGranted');
            data.push(JSON.stringify({ userId, amount: 1000, source: 'admin', grantKey: randomUUID() }));
          } else if (i % 2 === 1) {
            types.push('CreditsReserved');
            data.push(JSON.stringify({ userId, reservationId, amount: 1, purpose: 'bench', expiresAt: '2099-01-01T00:00:00Z' }));
          } else {
            types.push('CreditsCaptured');
            data.push(JSON.stringify({ userId, reservationId: `prev-${i}`, amount: 1, releasedAmount: 0, purpose: 'bench' }));
          }
        }
        return pool.query('SELECT es_append($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])', [
          `credits-${userId}`,
          'any',
          types.map(() => randomUUID()),
          types,
          data,
          types.map(() => meta),
        ]);
      }),
    );
  }
}
