import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { fork } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startCheckout } from '@app/application';
import type { CheckoutDeps } from '@app/application';
import { PACKS } from '@app/domain';
import { AGGREGATE_RUNNER, Commands, createLogger, createPool, createStripe, EVENT_STORE, loadConfig, StripeGateway, systemActor } from '@app/infrastructure';
import type { AggregateRunner, EventStore } from '@app/infrastructure';
import { LocalStripe } from '@app/infrastructure/testing';
import { createApiApp } from '../apps/api/src/api.app';
import { benchDatabase, fmt, printTable } from './support';

const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 2000);
const DUPLICATE_SHARE = 0.2;
const SENDERS = 32;
const USERS = 200;

interface Delivery {
  eventId: string;
  body: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Sends every delivery from `senders` concurrent workers, timing each call: its ms, in completion order. */
async function sendAll<T>(items: readonly T[], senders: number, send: (item: T) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        const t = performance.now();
        await send(item);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

/** Fisher–Yates with a fixed seed, so runs shuffle alike. */
function shuffled<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `npm run bench -- payments`: 2,000 signed Stripe webhooks (20% of them duplicates, shuffled) from
 * 32 concurrent senders (a worker thread) to POST /webhooks/stripe on the real API, with the
 * projector and its process managers running, each app in its own OS process as in production and
 * this process as Stripe; then every balance is checked against what was
 * bought (each payment applied exactly once). Baseline in the same run: single-row INSERT
 * transactions of the same bodies at the same concurrency.
 */
export async function paymentsBench(): Promise<void> {
  const db = await benchDatabase();
  const stripe = await LocalStripe.start({});
  const logger = createLogger('silent', 'bench');
  process.stdout.write(`payments benchmark on ${db.label}; ${WEBHOOKS} webhooks, ${Math.round(DUPLICATE_SHARE * 100)}% duplicates, ${SENDERS} senders\n`);
  const unique = Math.round(WEBHOOKS * (1 - DUPLICATE_SHARE));
  try {
    const config = loadConfig({
      DATABASE_URL: db.url,
      LOG_LEVEL: 'silent',
      WELCOME_CREDITS: '0',
      STRIPE_SECRET_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
      STRIPE_API_URL: stripe.url,
    });
    // Set-up runs through an in-process API (our own use cases); the measured run is the API and the
    // projector as their own OS processes, as in production, with this process as Stripe.
    const core = { config, databaseUrl: db.url, logger, appName: 'bench' };
    const setupApi = await createApiApp({ ...core, appName: 'api' });
    await setupApi.listen(0, '127.0.0.1');
    const setupUrl = (await setupApi.getUrl()).replace('[::1]', '127.0.0.1');
    const commands = setupApi.get(Commands);
    const deps: CheckoutDeps = {
      stripe: new StripeGateway(createStripe({ secretKey: stripe.secretKey, baseUrl: stripe.url })),
      store: setupApi.get<EventStore>(EVENT_STORE),
      runner: setupApi.get<AggregateRunner>(AGGREGATE_RUNNER),
      publicUrl: setupUrl,
    };

    // Set-up (not timed): users, their Checkout Sessions through our own use case, each paid on the stand-in.
    const users = Array.from({ length: USERS }, () => randomUUID());
    for (const userId of users) {
      await commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Bench' } }, { actor: systemActor('bench') });
    }
    const expected = new Map<string, number>(users.map((u) => [u, 0]));
    for (let i = 0; i < unique; i++) {
      const userId = users[i % USERS]!;
      const pack = PACKS[i % PACKS.length]!;
      const { sessionId } = await startCheckout(deps, { userId, offerId: pack.id, language: 'en' });
      stripe.completeCheckout(sessionId);
      expected.set(userId, expected.get(userId)! + pack.credits);
    }
    await setupApi.close();
    const completed = stripe.eventsOf('checkout.session.completed');
    if (completed.length !== unique) throw new Error(`expected ${unique} checkout.session.completed events, the stand-in has ${completed.length}`);
    const unsigned: Delivery[] = completed.map((event) => ({ eventId: String(event.id), body: JSON.stringify(event) }));
    const duplicates = Array.from({ length: WEBHOOKS - unique }, (_, i) => unsigned[(i * 7919) % unique]!);
    const deliveries = shuffled([...unsigned, ...duplicates]);

    // Baseline: the same bodies as single-row INSERT transactions, same concurrency, same database.
    const pool = createPool(db.url, { applicationName: 'bench-baseline', max: SENDERS });
    await pool.query('CREATE TABLE bench_webhooks (id bigserial PRIMARY KEY, event_id text NOT NULL, body jsonb NOT NULL)');
    const baseline = await sendAll(deliveries, SENDERS, async (d) => void (await pool.query('INSERT INTO bench_webhooks (event_id, body) VALUES ($1, $2)', [d.eventId, d.body])));
    await pool.end();

    const env = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      WELCOME_CREDITS: '0',
      STRIPE_SECRET_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
      STRIPE_API_URL: stripe.url,
    };
    const projector = startApp('projector', env);
    const port = await freePort();
    const api = startApp('api', { ...env, HOST: '127.0.0.1', PORT: String(port) });
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url);

    // The intake: signed POSTs to the webhook route from a worker thread (its own event loop, as
    // Stripe's senders are other machines); the clock for "last balance visible" starts with it.
    const started = performance.now();
    const { latencies: intakeLatencies, seconds: intakeSeconds, refused } = await sendFromWorker(`${url}/webhooks/stripe`, stripe.webhookSecret, deliveries);
    const intake = { latencies: intakeLatencies.sort((a, b) => a - b), seconds: intakeSeconds };
    const reads = createPool(db.url, { applicationName: 'bench-reads', max: 2 });
    const balances = async () => new Map<string, number>((await reads.query('SELECT user_id, available FROM balances WHERE user_id = ANY($1)', [users])).rows.map((r) => [r.user_id, Number(r.available)]));
    let seen = await balances();
    const deadline = Date.now() + 300_000;
    while (users.some((u) => seen.get(u) !== expected.get(u)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await balances();
    }
    const visibleSeconds = (performance.now() - started) / 1000;
    const purchases = Number((await reads.query(`SELECT count(*) AS n FROM es_events WHERE event_type = 'CreditsPurchased'`)).rows[0].n);
    const inbox = Number((await reads.query(`SELECT count(*) AS n FROM es_events WHERE event_type = 'StripeEventReceived'`)).rows[0].n);
    const wrong = users.filter((u) => seen.get(u) !== expected.get(u)).length;
    await reads.end();
    await api.stop();
    await projector.stop();

    const perSecond = deliveries.length / intake.seconds;
    const baselinePerSecond = deliveries.length / baseline.seconds;
    printTable('payments: Stripe webhook intake vs raw INSERT (same bodies, same concurrency, same run)', [
      {
        measure: 'raw INSERT transaction (baseline)',
        requests: fmt(deliveries.length),
        'per s': fmt(baselinePerSecond),
        'p50 ms': fmt(percentile(baseline.latencies, 50), 2),
        'p99 ms': fmt(percentile(baseline.latencies, 99), 2),
        'vs baseline': '1.00×',
      },
      {
        measure: 'POST /webhooks/stripe (verify, append to inbox, 200)',
        requests: fmt(deliveries.length),
        'per s': fmt(perSecond),
        'p50 ms': fmt(percentile(intake.latencies, 50), 2),
        'p99 ms': fmt(percentile(intake.latencies, 99), 2),
        'vs baseline': `${fmt(perSecond / baselinePerSecond, 2)}×`,
      },
    ]);
    const bought = [...expected.values()].reduce((a, b) => a + b, 0);
    printTable('payments: applied exactly once', [
      { measure: 'distinct payments sent', value: fmt(unique) },
      { measure: 'duplicate deliveries sent', value: fmt(WEBHOOKS - unique) },
      { measure: 'webhooks refused (non-200)', value: fmt(refused) },
      { measure: 'StripeEventReceived in the log', value: fmt(inbox) },
      { measure: 'CreditsPurchased in the log', value: fmt(purchases) },
      { measure: `users whose balance ≠ what they bought (${fmt(bought)} credits in all)`, value: fmt(wrong) },
      { measure: 'seconds from the first webhook to the last balance visible', value: fmt(visibleSeconds, 2) },
    ]);
    const p99 = percentile(intake.latencies, 99);
    const goals = [
      { goal: 'p99 acknowledge < 50 ms', measured: `${fmt(p99, 1)} ms`, met: p99 < 50 },
      { goal: 'intake >= 0.5× the INSERT baseline', measured: `${fmt(perSecond / baselinePerSecond, 2)}×`, met: perSecond >= 0.5 * baselinePerSecond },
      { goal: 'zero double grants (every payment once, every balance right)', measured: `${purchases} of ${unique}, ${wrong} wrong`, met: purchases === unique && wrong === 0 && inbox === unique && refused === 0 },
    ];
    printTable('goals', goals.map((g) => ({ ...g, met: g.met ? 'yes' : 'NO' })));
  } finally {
    await stripe.stop();
    await db.close();
  }
}

/** The senders' code: signs each body as Stripe does and POSTs it, SENDERS at a time; posts back each call's ms. */
const SENDER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Stripe = require('stripe');
const signer = new Stripe('sk_test_bench_signer');
const { url, secret, deliveries, senders } = workerData;
(async () => {
  const latencies = [];
  let next = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: senders }, async () => {
    while (next < deliveries.length) {
      const body = deliveries[next++].body;
      const t = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload: body, secret }) }, body });
      await response.arrayBuffer();
      if (response.status !== 200) refused++;
      latencies.push(performance.now() - t);
    }
  }));
  parentPort.postMessage({ latencies, seconds: (performance.now() - started) / 1000, refused });
})();
`;

function sendFromWorker(url: string, secret: string, deliveries: readonly Delivery[]): Promise<{ latencies: number[]; seconds: number; refused: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SENDER_SOURCE, { eval: true, workerData: { url, secret, deliveries, senders: SENDERS } });
    worker.once('message', (result) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** One of our apps as its own process (`dist/apps/<name>/src/main.js`), stopped with SIGTERM. */
function startApp(name: 'api' | 'projector', env: NodeJS.ProcessEnv): { stop(): Promise<void> } {
  const child = fork(path.join(__dirname, `../apps/${name}/src/main.js`), [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/health`).then((r) => r.status === 200, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the API at ${url} did not become healthy`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
