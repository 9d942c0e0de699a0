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
    // Two bursts of fresh payments: the first while the projector runs (what a live system does),
    // the second with the projector paused until the burst is acknowledged (the intake alone).
    const bursts: Delivery[][] = [];
    for (let burst = 0; burst < 2; burst++) {
      const before = new Set(stripe.eventsOf('checkout.session.completed').map((e) => String(e.id)));
      for (let i = 0; i < unique; i++) {
        const userId = users[i % USERS]!;
        const pack = PACKS[(i + burst) % PACKS.length]!;
        const { sessionId } = await startCheckout(deps, { userId, offerId: pack.id, language: 'en' });
        stripe.completeCheckout(sessionId);
        expected.set(userId, expected.get(userId)! + pack.credits);
      }
      const completed = stripe.eventsOf('checkout.session.completed').filter((e) => !before.has(String(e.id)));
      if (completed.length !== unique) throw new Error(`expected ${unique} new checkout.session.completed events, the stand-in has ${completed.length}`);
      const unsigned: Delivery[] = completed.map((event) => ({ eventId: String(event.id), body: JSON.stringify(event) }));
      const duplicates = Array.from({ length: WEBHOOKS - unique }, (_, i) => unsigned[(i * 7919) % unique]!);
      bursts.push(shuffled([...unsigned, ...duplicates], 42 + burst));
    }
    await setupApi.close();

    // Baseline: the same bodies as single-row INSERT transactions, same concurrency, same database.
    const pool = createPool(db.url, { applicationName: 'bench-baseline', max: SENDERS });
    await pool.query('CREATE TABLE bench_webhooks (id bigserial PRIMARY KEY, event_id text NOT NULL, body jsonb NOT NULL)');
    const baseline = await sendAll(bursts[0]!, SENDERS, async (d) => void (await pool.query('INSERT INTO bench_webhooks (event_id, body) VALUES ($1, $2)', [d.eventId, d.body])));
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
    const reads = createPool(db.url, { applicationName: 'bench-reads', max: 2 });
    const balances = async () => new Map<string, number>((await reads.query('SELECT user_id, available FROM balances WHERE user_id = ANY($1)', [users])).rows.map((r) => [r.user_id, Number(r.available)]));

    // The intake: signed POSTs to the webhook route from a worker thread (its own event loop, as
    // Stripe's senders are other machines); the clock for "last balance visible" starts with it.
    const runBurst = async (deliveries: Delivery[], target: Map<string, number>, pauseProjector: boolean) => {
      if (pauseProjector) projector.signal('SIGSTOP');
      const started = performance.now();
      const sent = await sendFromWorker(`${url}/webhooks/stripe`, stripe.webhookSecret, deliveries);
      if (pauseProjector) projector.signal('SIGCONT');
      let seen = await balances();
      const deadline = Date.now() + 300_000;
      while (users.some((u) => seen.get(u) !== target.get(u)) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await balances();
      }
      const latencies = sent.latencies.sort((x, y) => x - y);
      return { perSecond: deliveries.length / sent.seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), refused: sent.refused, visibleSeconds: (performance.now() - started) / 1000 };
    };
    // What the balances must be after the first burst: the second burst's packs are not in them yet.
    const afterFirst = new Map<string, number>(users.map((u) => [u, 0]));
    for (const d of new Set(bursts[0]!)) {
      const event = JSON.parse(d.body) as { data: { object: { client_reference_id: string; metadata: { offerId: string } } } };
      const pack = PACKS.find((p) => p.id === event.data.object.metadata.offerId)!;
      afterFirst.set(event.data.object.client_reference_id, afterFirst.get(event.data.object.client_reference_id)! + pack.credits);
    }
    const live = await runBurst(bursts[0]!, afterFirst, false);
    const alone = await runBurst(bursts[1]!, expected, true);
    const seen = await balances();
    const purchases = Number((await reads.query(`SELECT count(*) AS n FROM es_events WHERE event_type = 'CreditsPurchased'`)).rows[0].n);
    const inbox = Number((await reads.query(`SELECT count(*) AS n FROM es_events WHERE event_type = 'StripeEventReceived'`)).rows[0].n);
    const wrong = users.filter((u) => seen.get(u) !== expected.get(u)).length;
    await reads.end();
    await api.stop();
    await projector.stop();

    const baselinePerSecond = bursts[0]!.length / baseline.seconds;
    const row = (measure: string, r: { perSecond: number; p50: number; p99: number; visibleSeconds?: number }) => ({
      measure,
      requests: fmt(WEBHOOKS),
      'per s': fmt(r.perSecond),
      'p50 ms': fmt(r.p50, 2),
      'p99 ms': fmt(r.p99, 2),
      'vs baseline': `${fmt(r.perSecond / baselinePerSecond, 2)}×`,
      'last balance visible s': r.visibleSeconds === undefined ? '' : fmt(r.visibleSeconds, 2),
    });
    printTable('payments: Stripe webhook intake vs raw INSERT (same bodies, same concurrency, same run)', [
      row('raw INSERT transaction (baseline)', { perSecond: baselinePerSecond, p50: percentile(baseline.latencies, 50), p99: percentile(baseline.latencies, 99) }),
      row('POST /webhooks/stripe, projector running', live),
      row('POST /webhooks/stripe, projector paused for the burst', alone),
    ]);
    const payments = 2 * unique;
    const bought = [...expected.values()].reduce((x, y) => x + y, 0);
    const refused = live.refused + alone.refused;
    printTable('payments: applied exactly once (both bursts)', [
      { measure: 'distinct payments sent', value: fmt(payments) },
      { measure: 'duplicate deliveries sent', value: fmt(2 * (WEBHOOKS - unique)) },
      { measure: 'webhooks refused (non-200)', value: fmt(refused) },
      { measure: 'StripeEventReceived in the log', value: fmt(inbox) },
      { measure: 'CreditsPurchased in the log', value: fmt(purchases) },
      { measure: `users whose balance ≠ what they bought (${fmt(bought)} credits in all)`, value: fmt(wrong) },
    ]);
    const goals = [
      { goal: 'p99 acknowledge < 50 ms (projector running)', measured: `${fmt(live.p99, 1)} ms`, met: live.p99 < 50 },
      { goal: 'intake >= 0.5× the INSERT baseline (projector running)', measured: `${fmt(live.perSecond / baselinePerSecond, 2)}×`, met: live.perSecond >= 0.5 * baselinePerSecond },
      { goal: 'zero double grants (every payment once, every balance right)', measured: `${purchases} of ${payments}, ${wrong} wrong`, met: purchases === payments && wrong === 0 && inbox === payments && refused === 0 },
    ];
    printTable('goals', goals.map((g) => ({ ...g, met: g.met ? 'yes' : 'NO' })));
  } finally {
    await stripe.stop();
    await db.close();
  }
}

/** The senders' code: signs each body as Stripe does and POSTs it over kept-alive connections, SENDERS at a time; posts back each call's ms. */
const SENDER_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const Stripe = require('stripe');
const signer = new Stripe('sk_test_bench_signer');
const agent = new http.Agent({ keepAlive: true, maxSockets: workerData.senders });
const { url, secret, deliveries, senders } = workerData;
const post = (body) => new Promise((resolve, reject) => {
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload: body, secret }) };
  const request = http.request(url, { method: 'POST', agent, headers }, (response) => {
    response.resume();
    response.on('end', () => resolve(response.statusCode));
  });
  request.on('error', reject);
  request.end(body);
});
(async () => {
  const latencies = [];
  let next = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: senders }, async () => {
    while (next < deliveries.length) {
      const body = deliveries[next++].body;
      const t = performance.now();
      if ((await post(body)) !== 200) refused++;
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
function startApp(name: 'api' | 'projector', env: NodeJS.ProcessEnv): { stop(): Promise<void>; signal(s: NodeJS.Signals): void } {
  const child = fork(path.join(__dirname, `../apps/${name}/src/main.js`), [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    signal: (s) => void child.kill(s),
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
