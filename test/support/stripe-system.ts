import { randomUUID } from 'node:crypto';
import { CheckoutDeps, stripeCustomerStream } from '../../libs/application/src';
import { subscription, subscriptionStream, userAccount, userStream } from '../../libs/domain/src';
import type { SubscriptionState } from '../../libs/domain/src';
import { AGGREGATE_RUNNER, deterministicId, EVENT_STORE, StripeGateway, createStripe, systemActor } from '../../libs/infrastructure/src';
import type { AggregateRunner, EventStore, RecordedEvent } from '../../libs/infrastructure/src';
import { LocalBotApi, LocalStripe } from '../../libs/infrastructure/src/testing';
import { ADMIN_TOKEN, startSystem, TestSystem } from './system';

/** A bot token for the local Bot API: the projector sends billing notices with it. */
export const NOTICE_BOT_TOKEN = '1000000002:stripe-test-bot-token-not-secret';

export interface StripeSystem {
  sys: TestSystem;
  stripe: LocalStripe;
  botApi: LocalBotApi;
  gateway: StripeGateway;
  deps: CheckoutDeps;
  store: EventStore;
  runner: AggregateRunner;
  /** Every webhook delivered and answered, then every projection (and process manager) caught up. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API and the projector on a fresh database, talking to a local Stripe (the official SDK over
 * HTTP) whose signed webhooks go to the API's POST /webhooks/stripe, and to a local Bot API for
 * the notices the projector sends.
 */
export async function startStripeSystem(label: string): Promise<StripeSystem> {
  const stripe = await LocalStripe.start({
    retryBaseMs: 20,
    prices: [
      { id: 'price_basic', unit_amount: 499, currency: 'usd', product: 'prod_basic', recurring: true, nickname: 'Basic' },
      { id: 'price_pro', unit_amount: 1499, currency: 'usd', product: 'prod_pro', recurring: true, nickname: 'Pro' },
    ],
  });
  const botApi = await LocalBotApi.start();
  const sys = await startSystem(
    label,
    { WELCOME_CREDITS: '0', STRIPE_SECRET_KEY: stripe.secretKey, STRIPE_WEBHOOK_SECRET: stripe.webhookSecret, STRIPE_API_URL: stripe.url },
    { projector: { telegram: { token: NOTICE_BOT_TOKEN, apiRoot: botApi.url } } },
  );
  stripe.setWebhook(`${sys.url}/webhooks/stripe`);
  const gateway = new StripeGateway(createStripe({ secretKey: stripe.secretKey, baseUrl: stripe.url }));
  const store = sys.api.get<EventStore>(EVENT_STORE);
  const runner = sys.api.get<AggregateRunner>(AGGREGATE_RUNNER);
  return {
    sys,
    stripe,
    botApi,
    gateway,
    store,
    runner,
    deps: { stripe: gateway, store, runner, publicUrl: sys.url },
    async settle() {
      await stripe.idle();
      await sys.settle();
    },
    async close() {
      await sys.close();
      await stripe.stop();
      await botApi.stop();
    },
  };
}

/** A registered user with a Telegram account: its id and Telegram id. */
export async function newUser(s: StripeSystem, language: 'en' | 'ru' = 'en'): Promise<{ userId: string; telegramId: number }> {
  const userId = randomUUID();
  const telegramId = Math.floor(Math.random() * 1e9) + 1;
  await s.sys.commands.userAccount(
    { type: 'RegisterUser', commandId: randomUUID(), userId, telegramId, profile: { displayName: 'Payer', languageCode: language } },
    { actor: systemActor('test') },
  );
  return { userId, telegramId };
}

/**
 * Gives the user a Stripe customer on a new test clock (so renewals can be driven through the SDK)
 * and records it as `startCheckout` would have, so that Checkout uses this customer.
 */
export async function customerOnTestClock(s: StripeSystem, userId: string): Promise<{ customerId: string; clockId: string; now: number }> {
  const now = Math.floor(Date.now() / 1000);
  const clock = await s.gateway.stripe.testHelpers.testClocks.create({ frozen_time: now });
  const customer = await s.gateway.createCustomer({ userId, testClock: clock.id }, `customer:${userId}`);
  const id = deterministicId(`stripe-customer:${userId}`);
  await s.store.appendToStream(
    stripeCustomerStream(userId),
    [{ id, type: 'StripeCustomerCreated', data: { userId, customerId: customer.id }, metadata: { correlationId: id, causationId: id, actor: { kind: 'user', id: userId }, schemaVersion: 1, occurredAt: new Date().toISOString() } }],
    { expectedRevision: 'no_stream' },
  );
  return { customerId: customer.id, clockId: clock.id, now };
}

/**
 * A pack Checkout Session priced at $1.00 instead of our $19.99 for pack:500 (as a tampered or
 * misconfigured integration would create it), paid on the hosted page: its id.
 */
export async function paidMismatchedCheckout(s: StripeSystem, userId: string): Promise<string> {
  const customer = await s.gateway.createCustomer({ userId }, `mismatch-${userId}`);
  const session = await s.gateway.createPackCheckout({
    userId,
    customerId: customer.id,
    packId: 'pack:500',
    price: { amount: 100, currency: 'usd', productName: '500 credits' },
    successUrl: `${s.sys.url}/billing/success`,
    cancelUrl: `${s.sys.url}/billing/cancel`,
    idempotencyKey: `mismatch-checkout-${userId}`,
    metadata: { offerId: 'pack:500' },
  });
  await payOnHostedPage(session.url!);
  return session.id;
}

/** Moves a test clock forward by whole days (Stripe plays out renewals on the way). */
export async function advanceDays(s: StripeSystem, clockId: string, days: number): Promise<void> {
  const clock = await s.gateway.stripe.testHelpers.testClocks.retrieve(clockId);
  await s.gateway.stripe.testHelpers.testClocks.advance(clockId, { frozen_time: clock.frozen_time + days * 86_400 });
}

/** Pays on the stand-in's hosted Checkout page, as a browser would: card number, "Pay", then the redirect. */
export async function payOnHostedPage(url: string, card = '4242424242424242'): Promise<string> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams({ card }), redirect: 'manual' });
  if (response.status !== 303) throw new Error(`the hosted Checkout page answered ${response.status}: ${await response.text()}`);
  return response.headers.get('location')!;
}

/** Presses a button on the stand-in's hosted portal page (cancel, switch plan). */
export async function usePortal(url: string, form: Record<string, string>): Promise<void> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });
  if (response.status !== 303) throw new Error(`the hosted portal page answered ${response.status}: ${await response.text()}`);
}

/** Available credits as the API reports them (the balances read model, built from the ledger). */
export async function balanceOf(s: StripeSystem, userId: string): Promise<number> {
  const response = await fetch(`${s.sys.url}/users/${userId}/balance`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (response.status !== 200) throw new Error(`balance answered ${response.status}`);
  return ((await response.json()) as { available: number }).available;
}

export async function subscriptionOf(s: StripeSystem, userId: string): Promise<SubscriptionState> {
  return (await s.runner.state(subscription, subscriptionStream(userId))).state;
}

export async function languageOf(s: StripeSystem, userId: string): Promise<string> {
  return (await s.runner.state(userAccount, userStream(userId))).state.preferences.language;
}

/** Every event of our log of these types, oldest first. */
export async function logEvents(s: StripeSystem, ...types: string[]): Promise<RecordedEvent[]> {
  const { rows } = await s.sys.db.pool.query(
    `SELECT event_id AS id, event_type AS type, stream_name AS "streamName", data FROM es_events WHERE event_type = ANY($1) ORDER BY global_position`,
    [types],
  );
  return rows as RecordedEvent[];
}
