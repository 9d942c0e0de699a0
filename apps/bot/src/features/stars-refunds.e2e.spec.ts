import type { INestApplication } from '@nestjs/common';
import { Telegram } from 'telegraf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdOf, reconcilePayments } from '@app/application';
import { availableOf, creditLedger, creditsStream, paymentIdOf, paymentStream, subscription, subscriptionStream } from '@app/domain';
import { AGGREGATE_RUNNER, Commands, createLogger, EVENT_STORE, StarsPayments } from '@app/infrastructure';
import type { AggregateRunner, EventStore } from '@app/infrastructure';
import type { LocalInvoice } from '@app/infrastructure/testing';
import { createApiApp } from '../../../api/src/api.app';
import { BOT_TOKEN, BotSystem, startBotSystem, TestUser } from '../../../../test/support/bot-harness';
import { packInvoice as packInvoiceOf, until } from '../../../../test/support/stars';

/**
 * Stars refunds and reconciliation over real HTTP: the admin API asks Telegram (the local Bot
 * API) to refund, Telegram's `refunded_payment` reaches the bot, and only that takes the credits
 * back; a second plan paid in a race is refunded by the system; a payment whose recording failed
 * is retried until the database answers; reconciliation records what the bot never saw.
 */

const ADMIN = 'admin-token-stars-0123456789abcdef';
const SUPPORT = 'support-token-stars-0123456789abcdef';
let sys: BotSystem;
let api: INestApplication;
let apiUrl: string;
let runner: AggregateRunner;
let store: EventStore;
let commands: Commands;
let botApi: Telegram;

beforeAll(async () => {
  sys = await startBotSystem('bot_stars_refunds', { WELCOME_CREDITS: '0', BOT_RATE_LIMIT_PER_MINUTE: '1000', ADMIN_TOKENS: `alice:admin:${ADMIN},sam:support:${SUPPORT}` });
  api = await createApiApp({ config: sys.config, databaseUrl: sys.db.url, logger: createLogger('silent', 'api'), appName: 'api' });
  await api.listen(0, '127.0.0.1');
  apiUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  runner = api.get(AGGREGATE_RUNNER);
  store = api.get(EVENT_STORE);
  commands = api.get(Commands);
  // Telegram as the bot sees it: for reconciliation, and to act as the bot while it is stopped.
  botApi = new Telegram(BOT_TOKEN, { apiRoot: sys.api.url });
});
afterAll(async () => {
  await api?.close();
  await sys?.close();
});

const userIdOf = (telegramId: number) => accountIdOf({ channel: 'telegram', id: telegramId });
async function available(telegramId: number): Promise<number> {
  await sys.settle();
  return availableOf((await runner.state(creditLedger, creditsStream(userIdOf(telegramId)))).state);
}
const streamTypes = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);


const packInvoice = (user: TestUser, credits: number) => packInvoiceOf(sys, user, credits);

async function payPack(user: TestUser, credits: number): Promise<string> {
  const invoice = await packInvoice(user, credits);
  const before = user.messages().length;
  const outcome = await sys.api.pay(BOT_TOKEN, { userId: user.telegramId }, invoice.messageId!);
  if (outcome.status !== 'paid') throw new Error(`payment not made: ${JSON.stringify(outcome)}`);
  await user.waitFor((m) => m.some((x) => /Thank you/.test(x.text)), { after: before });
  return outcome.chargeId;
}

function refund(paymentId: string, body: Record<string, unknown>, options: { token?: string; key?: string } = {}) {
  return fetch(`${apiUrl}/admin/payments/${encodeURIComponent(paymentId)}/refund`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token ?? ADMIN}`, ...(options.key ? { 'idempotency-key': options.key } : {}) },
    body: JSON.stringify(body),
  });
}

/** Updates waiting for the stopped bot, taken as the bot would take them (and so gone for it). */
let offset = 0;
async function takeUpdates(): Promise<Record<string, unknown>[]> {
  const updates = (await botApi.getUpdates(0, 100, offset, undefined as never)) as unknown as ({ update_id: number } & Record<string, unknown>)[];
  if (updates.length > 0) offset = updates.at(-1)!.update_id + 1;
  // Confirm them: the stand-in drops what an offset has passed.
  await botApi.getUpdates(0, 1, offset, undefined as never);
  return updates;
}

const outgoingStars = (telegramId: number) => [...sys.api.stars.charges.values()].filter((c) => c.userId === telegramId && c.refunded).length;

describe('admin refund of a Stars payment', () => {
  it('support → 403, no reason → 400, unknown → 404; admin → refundStarPayment → refunded_payment → the credits back, once', async () => {
    const user = await sys.registered(7301);
    const chargeId = await payPack(user, 150);
    expect(await available(7301)).toBe(150);
    const paymentId = paymentIdOf('stars', chargeId);

    const forbidden = await refund(paymentId, { reason: 'asked' }, { token: SUPPORT });
    expect(forbidden.status).toBe(403);
    const noReason = await refund(paymentId, {});
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ error: 'invalid_request', details: { fields: { reason: expect.any(Array) } } });
    const partial = await refund(paymentId, { reason: 'asked', amountMinor: 100 });
    expect(partial.status).toBe(400);
    expect(await partial.json()).toMatchObject({ details: { reason: 'partial_refund_not_supported' } });
    expect((await refund(paymentIdOf('stars', 'no-such-charge'), { reason: 'asked' })).status).toBe(404);
    // Refused requests asked nothing of Telegram and recorded nothing.
    expect(outgoingStars(7301)).toBe(0);
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded']);

    const before = user.messages().length;
    const ok = await refund(paymentId, { reason: 'customer asked, ticket 17' }, { key: 'ticket-17' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ paymentId, provider: 'stars', amountMinor: 350, currency: 'XTR', applied: true });
    await user.waitFor((m) => m.some((x) => /refunded/.test(x.text)), { after: before });
    expect(await available(7301)).toBe(0);

    // The request is on the payment with the admin and the reason; the credits moved on Telegram's word.
    const events = await store.readStream(paymentStream(paymentId));
    expect(events.map((e) => e.type)).toEqual(['PaymentSucceeded', 'RefundRequested', 'PaymentRefunded']);
    expect(events[1]!.metadata).toMatchObject({ actor: { kind: 'admin', id: 'alice' }, reason: 'customer asked, ticket 17' });
    expect(events[2]!.metadata.actor).toMatchObject({ kind: 'system', id: 'telegram-stars' });

    // The same request again changes nothing; a new one is refused: nothing moves twice.
    const again = await refund(paymentId, { reason: 'customer asked, ticket 17' }, { key: 'ticket-17' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ applied: false });
    const twice = await refund(paymentId, { reason: 'asked again' }, { key: 'ticket-18' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ error: 'payment_conflict', details: { reason: 'already_refunded' } });
    expect(outgoingStars(7301)).toBe(1);
    expect(await sys.eventsOf(7301, 'CreditsRefunded')).toBe(1);
    expect(await available(7301)).toBe(0);
  });

  it('a refund Telegram refuses (already refunded where we did not see it) → 409 and RefundFailed; reconciliation then records the refund', async () => {
    const user = await sys.registered(7302);
    const chargeId = await payPack(user, 50);
    expect(await available(7302)).toBe(50);
    const paymentId = paymentIdOf('stars', chargeId);
    // Refunded at Telegram while the bot is away, and its refunded_payment lost.
    await sys.stopBot();
    await new StarsPayments(botApi).refundStarPayment(7302, chargeId);
    const taken = await takeUpdates();
    expect(taken.some((u) => JSON.stringify(u).includes('refunded_payment'))).toBe(true);
    await sys.startBot();

    const refused = await refund(paymentId, { reason: 'customer asked' }, { key: 'ticket-20' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'refund_refused', details: { code: 'CHARGE_ALREADY_REFUNDED' } });
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded', 'RefundRequested', 'RefundFailed']);
    expect(await available(7302)).toBe(50);

    const report = await reconcilePayments({ commands, runner, store, stars: () => new StarsPayments(botApi) });
    expect(report.stars.refundsRecorded).toContain(chargeId);
    expect(await available(7302)).toBe(0);
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded', 'RefundRequested', 'RefundFailed', 'PaymentRefunded']);
  });
});

describe('reconciliation against getStarTransactions', () => {
  it('records a payment the bot never saw, once; a second run finds nothing', async () => {
    const user = await sys.registered(7303);
    const invoice = await packInvoice(user, 150);
    // The bot is away: Telegram's pre-checkout is answered (as the bot would), then the payment update is lost.
    await sys.stopBot();
    const paying = sys.api.pay(BOT_TOKEN, { userId: 7303 }, invoice.messageId!);
    const query = await until('the pre-checkout query', async () => (await takeUpdates()).find((u) => u.pre_checkout_query)?.pre_checkout_query as { id: string } | undefined);
    await new StarsPayments(botApi).answerPreCheckoutQuery(query.id, true);
    const paid = await paying;
    if (paid.status !== 'paid') throw new Error(`not paid: ${JSON.stringify(paid)}`);
    await until('the payment update, taken away', async () => ((await takeUpdates()).some((u) => JSON.stringify(u).includes(paid.chargeId)) ? true : undefined));
    await sys.startBot();
    expect(await available(7303)).toBe(0);
    const paymentId = paymentIdOf('stars', paid.chargeId);
    expect(await streamTypes(paymentStream(paymentId))).toEqual([]);

    const first = await reconcilePayments({ commands, runner, store, stars: () => new StarsPayments(botApi) });
    expect(first.stars.paymentsRecorded).toEqual([paid.chargeId]);
    expect(await available(7303)).toBe(150);
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded']);

    const second = await reconcilePayments({ commands, runner, store, stars: () => new StarsPayments(botApi) });
    expect(second.stars).toMatchObject({ checked: true, paymentsRecorded: [], refundsRecorded: [] });
    expect(second.stars.transactions).toBe(first.stars.transactions);
    expect(await available(7303)).toBe(150);
    expect(await sys.eventsOf(7303, 'CreditsPurchased')).toBe(1);
    // Each run is on the log, with what it found.
    const day = `reconciliation-${new Date().toISOString().slice(0, 10)}`;
    const runs = (await store.readStream(day)).filter((e) => e.type === 'ReconciliationCompleted');
    expect(runs.map((e) => (e.data as { counts: { starsPaymentsRecorded: number } }).counts.starsPaymentsRecorded).slice(-2)).toEqual([1, 0]);
  });
});

describe('a second plan paid in a race, while the database fails', () => {
  it('the payment is retried until recorded, then refunded by the system and the user told; the running plan and its credits stay', async () => {
    const user = await sys.registered(7304);
    await user.command('/subscribe');
    const [offer] = await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: 1 });
    const basic = offer!.buttons.find((b) => b.text.startsWith('⭐ Basic'))!.url!;
    const pro = offer!.buttons.find((b) => b.text.startsWith('⭐ Pro'))!.url!;
    // The database refuses to record Basic payments for a while (a fault of the real database, not of our code).
    await sys.db.pool.query(`
      CREATE SEQUENCE IF NOT EXISTS payment_fault_hits;
      CREATE OR REPLACE FUNCTION payment_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM nextval('payment_fault_hits'); RAISE EXCEPTION 'database briefly unavailable (test fault)'; END $$;
      CREATE TRIGGER payment_fault BEFORE INSERT ON es_events FOR EACH ROW
        WHEN (NEW.event_type = 'PaymentSucceeded' AND NEW.data->>'offerId' = 'sub:basic') EXECUTE FUNCTION payment_fault();`);
    const hits = async () => Number((await sys.db.pool.query(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM payment_fault_hits`)).rows[0].n);
    try {
      const paidBasic = await sys.api.pay(BOT_TOKEN, { userId: 7304 }, basic);
      if (paidBasic.status !== 'paid') throw new Error(`basic not paid: ${JSON.stringify(paidBasic)}`);
      // Failed, and tried again (so retried in the background, not given up).
      await until('a retried recording', async () => ((await hits()) >= 2 ? true : undefined));
      // Meanwhile Pro passes the pre-checkout check (Basic is not started) and starts.
      const before = user.messages().length;
      const paidPro = await sys.api.pay(BOT_TOKEN, { userId: 7304 }, pro);
      if (paidPro.status !== 'paid') throw new Error(`pro not paid: ${JSON.stringify(paidPro)}`);
      await user.waitFor((m) => m.some((x) => /Pro plan is on/.test(x.text)), { after: before });
      const after = user.messages().length;
      await sys.db.pool.query('DROP TRIGGER payment_fault ON es_events');
      const [told] = await user.waitFor((m) => m.some((x) => /already have a plan running/.test(x.text)), { after });
      expect(told!.text).toBe(
        'Your payment of 250 Stars arrived, but you already have a plan running, so the Basic plan was not started. We are refunding the payment; the Stars come back to you in a moment. See /billing for your plan.',
      );
      await user.waitFor((m) => m.some((x) => /was refunded/.test(x.text)), { after });
      const basicPayment = paymentStream(paymentIdOf('stars', paidBasic.chargeId));
      await until('the refund on the log', async () => ((await streamTypes(basicPayment)).includes('PaymentRefunded') ? true : undefined));
      const events = await store.readStream(basicPayment);
      expect(events.map((e) => e.type)).toEqual(['PaymentSucceeded', 'RefundRequested', 'PaymentRefunded']);
      expect(events[1]!.metadata.actor).toEqual({ kind: 'system', id: 'duplicate-plan' });
      expect(events[1]!.data).toMatchObject({ reason: expect.stringContaining('second plan') });
      expect(sys.api.stars.charges.get(paidBasic.chargeId)!.refunded).toBe(true);
      expect((await runner.state(subscription, subscriptionStream(userIdOf(7304)))).state).toMatchObject({ status: 'active', tier: 'pro', subscriptionId: paidPro.chargeId });
      expect(await available(7304)).toBe(1000);
      expect((await sys.db.pool.query(`SELECT projection_status.status FROM projection_status WHERE name = 'payment_credits'`)).rows[0].status).toBe('running');
    } finally {
      await sys.db.pool.query('DROP TRIGGER IF EXISTS payment_fault ON es_events');
    }
  }, 60_000);
});
