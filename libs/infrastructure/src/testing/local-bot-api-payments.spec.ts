import { EventEmitter } from 'node:events';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Telegraf, TelegramError } from 'telegraf';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preCheckoutQueryOf, refundedPaymentOf, StarsPayments, StarsPreCheckoutQuery, successfulPaymentOf } from '../telegram/stars';
import { LocalBotApi } from './local-bot-api';

/**
 * Telegram Stars in the local Bot API, driven by a real telegraf bot polling it over HTTP: a
 * payment is made only after the bot answered the pre-checkout query ok in time, and arrives
 * once as successful_payment; refunds, subscriptions and the transaction list behave like Telegram's.
 */

const TOKEN = '1000000002:stars-test';
const USER = { userId: 4201, firstName: 'Ada' };
const offer = { title: 'Pack of 50', description: '50 credits', payload: 'pack:50', stars: 75 };

let api: LocalBotApi;
let bot: Telegraf;
let stars: StarsPayments;
/** What the bot saw, in order. */
const seen: { kind: 'payment' | 'refunded' | 'text'; update: unknown }[] = [];
const bus = new EventEmitter();
/** How the bot answers the next pre-checkout queries (default: ok at once). */
let onPreCheckout: (query: StarsPreCheckoutQuery) => Promise<void> = (q) => stars.answerPreCheckoutQuery(q.id, true).then(() => undefined);

beforeAll(async () => {
  api = await LocalBotApi.start({ holdPollMs: 200 });
  bot = new Telegraf(TOKEN, { telegram: { apiRoot: api.url } });
  stars = new StarsPayments(bot.telegram);
  bot.on('pre_checkout_query', async (ctx) => {
    await onPreCheckout(preCheckoutQueryOf(ctx.update)!);
  });
  bot.on('message', (ctx) => {
    const kind = successfulPaymentOf(ctx.update) ? 'payment' : refundedPaymentOf(ctx.update) ? 'refunded' : 'text';
    seen.push({ kind, update: ctx.update });
    bus.emit(kind, ctx.update);
    if (kind === 'text') bus.emit(`text:${(ctx.update as { message: { text?: string } }).message.text}`);
  });
  void bot.launch();
});
afterEach(() => {
  onPreCheckout = (q) => stars.answerPreCheckoutQuery(q.id, true).then(() => undefined);
  api.stars.preCheckoutTimeoutMs = 10_000;
});
afterAll(async () => {
  bot.stop();
  await api.stop();
});

const next = (kind: string) => new Promise<unknown>((resolve) => bus.once(kind, resolve));
/** Sends a text as the user and waits until the bot handled it: every update pushed before it was handled too. */
let markers = 0;
async function settled(): Promise<void> {
  const text = `marker-${++markers}`;
  const handled = next(`text:${text}`);
  const client = api.client(TOKEN, USER);
  await client.sendMessage(client.makeMessage(text));
  await handled;
}
const payments = () => seen.filter((s) => s.kind === 'payment').map((s) => successfulPaymentOf(s.update)!);

describe('local Bot API: Telegram Stars', () => {
  it('invoice → pre-checkout answered ok → one successful_payment with a fresh charge id', async () => {
    const message = await stars.sendInvoice(USER.userId, offer);
    expect(message.invoice).toMatchObject({ currency: 'XTR', total_amount: 75 });
    const before = payments().length;
    const outcome = await api.pay(TOKEN, USER, message.message_id);
    expect(outcome.status).toBe('paid');
    await settled();
    const paid = payments().slice(before);
    expect(paid).toHaveLength(1);
    expect(paid[0]!.payment).toMatchObject({ currency: 'XTR', total_amount: 75, invoice_payload: 'pack:50' });
    expect(paid[0]!.payment.telegram_payment_charge_id).toBe(outcome.status === 'paid' && outcome.chargeId);
    expect(paid[0]!.userId).toBe(USER.userId);
    expect(api.stars.preCheckoutAnswers.at(-1)).toMatchObject({ ok: true, inTime: true });

    // A second payment of the same invoice is a new charge.
    const again = await api.pay(TOKEN, USER, message.message_id);
    expect(again.status === 'paid' && again.chargeId).not.toBe(outcome.status === 'paid' && outcome.chargeId);
    await settled();

    // Re-delivery (as Telegram does after a timeout) hands the very same update again.
    const redelivered = next('payment');
    api.redeliver(api.stars.paymentUpdate(outcome.status === 'paid' ? outcome.chargeId : ''));
    expect(await redelivered).toEqual((outcome.status === 'paid' && outcome.update) || undefined);
  });

  it('an answer after the deadline makes no payment, and the bot is told the query is too old', async () => {
    api.stars.preCheckoutTimeoutMs = 300;
    let expired!: () => void;
    const timedOut = new Promise<void>((resolve) => (expired = resolve));
    let lateAnswer: unknown;
    const answered = new Promise<void>((resolve) => {
      onPreCheckout = async (q) => {
        await timedOut;
        lateAnswer = await stars.answerPreCheckoutQuery(q.id, true).catch((e: unknown) => e);
        resolve();
      };
    });
    const message = await stars.sendInvoice(USER.userId, offer);
    const before = payments().length;
    const outcome = await api.pay(TOKEN, USER, message.message_id);
    expect(outcome).toEqual({ status: 'expired' });
    expired();
    await answered;
    expect(lateAnswer).toBeInstanceOf(TelegramError);
    expect((lateAnswer as TelegramError).description).toMatch(/query is too old/);
    await settled();
    expect(payments().length).toBe(before);
    expect(api.stars.charges.size).toBe(2); // only the first test's two
  });

  it('ok:false makes no payment and the user sees the bot’s reason', async () => {
    onPreCheckout = (q) => stars.answerPreCheckoutQuery(q.id, false, 'This offer has changed, please ask again').then(() => undefined);
    const message = await stars.sendInvoice(USER.userId, offer);
    const before = payments().length;
    expect(await api.pay(TOKEN, USER, message.message_id)).toEqual({ status: 'refused', errorMessage: 'This offer has changed, please ask again' });
    await settled();
    expect(payments().length).toBe(before);
  });

  it('refunds once: a repeat is CHARGE_ALREADY_REFUNDED, an unknown charge an error; the bot gets refunded_payment', async () => {
    const message = await stars.sendInvoice(USER.userId, { ...offer, payload: 'pack:refund' });
    const outcome = await api.pay(TOKEN, USER, message.message_id);
    if (outcome.status !== 'paid') throw new Error(outcome.status);
    const refunded = next('refunded');
    await expect(stars.refundStarPayment(USER.userId, outcome.chargeId)).resolves.toBe(true);
    expect(refundedPaymentOf(await refunded)?.payment).toMatchObject({ telegram_payment_charge_id: outcome.chargeId, total_amount: 75, invoice_payload: 'pack:refund' });
    const repeat = await stars.refundStarPayment(USER.userId, outcome.chargeId).catch((e: unknown) => e);
    expect(repeat).toBeInstanceOf(TelegramError);
    expect((repeat as TelegramError).response).toEqual({ ok: false, error_code: 400, description: 'Bad Request: CHARGE_ALREADY_REFUNDED' });
    const unknown = await stars.refundStarPayment(USER.userId, 'no-such-charge').catch((e: unknown) => e);
    expect((unknown as TelegramError).code).toBe(400);
    const otherUser = await stars.refundStarPayment(999, outcome.chargeId).catch((e: unknown) => e);
    expect((otherUser as TelegramError).code).toBe(400);
  });

  it('a subscription link: first payment, a renewal with is_recurring and a new charge, cancel → ends; getStarTransactions lists it all', async () => {
    const link = await stars.createInvoiceLink({ title: 'Basic', description: '200 credits a month', payload: 'tier:basic', stars: 250 }, { subscription: true });
    expect(link).toMatch(/^https:\/\/t\.me\/\$/);
    const first = await api.pay(TOKEN, USER, link);
    if (first.status !== 'paid') throw new Error(first.status);
    await settled();
    const firstPayment = payments().at(-1)!.payment;
    expect(firstPayment).toMatchObject({ telegram_payment_charge_id: first.chargeId, is_recurring: true, is_first_recurring: true, total_amount: 250 });
    expect(firstPayment.subscription_expiration_date).toBeGreaterThan(Date.now() / 1000 + 2_592_000 - 60);
    // Already subscribed: a second payment of the same link is refused.
    expect((await api.pay(TOKEN, USER, link)).status).toBe('refused');

    const renewedPayment = next('payment');
    const renewal = api.stars.renew(first.chargeId);
    if (renewal.status !== 'renewed') throw new Error(renewal.status);
    const renewed = successfulPaymentOf(await renewedPayment)!.payment;
    expect(renewed.telegram_payment_charge_id).toBe(renewal.chargeId);
    expect(renewed.telegram_payment_charge_id).not.toBe(first.chargeId);
    expect(renewed.is_recurring).toBe(true);
    expect(renewed.is_first_recurring).toBeUndefined();
    expect(renewed.subscription_expiration_date).toBe(firstPayment.subscription_expiration_date! + 2_592_000);

    await expect(stars.editUserStarSubscription(USER.userId, first.chargeId, true)).resolves.toBe(true);
    expect(api.stars.subscriptions.get(first.chargeId)!.canceled).toBe(true);
    await stars.editUserStarSubscription(USER.userId, first.chargeId, false);
    expect(api.stars.subscriptions.get(first.chargeId)!.canceled).toBe(false);
    await stars.editUserStarSubscription(USER.userId, renewal.chargeId, true);
    const before = payments().length;
    expect(api.stars.renew(first.chargeId)).toEqual({ status: 'ended' });
    await settled();
    expect(payments().length).toBe(before);
    const missing = await stars.editUserStarSubscription(USER.userId, 'no-such-charge', true).catch((e: unknown) => e);
    expect((missing as TelegramError).code).toBe(400);

    // Chronological: 2 pack payments, the refund test's payment and its refund, then the subscription's two charges.
    const all = await stars.getStarTransactions();
    expect(all.map((t) => [t.amount, t.source ? 'in' : 'out'])).toEqual([
      [75, 'in'],
      [75, 'in'],
      [75, 'in'],
      [75, 'out'],
      [250, 'in'],
      [250, 'in'],
    ]);
    expect(all[3]!.id).toBe(all[2]!.id); // a refund carries the id of the payment it refunds
    expect(all[3]!.receiver).toMatchObject({ type: 'user', user: { id: USER.userId } });
    expect(all[4]!.source).toMatchObject({ type: 'user', invoice_payload: 'tier:basic', subscription_period: 2_592_000 });
    expect(all[5]!.id).toBe(renewal.chargeId);
    const page = await stars.getStarTransactions(2, 3);
    expect(page.map((t) => t.id)).toEqual(all.slice(2, 5).map((t) => t.id));
    expect(await stars.getMyStarBalance()).toBe(75 * 3 - 75 + 250 * 2);
  });

  it('refuses invoices Telegram refuses for Stars: another currency, a provider token, several prices', async () => {
    const call = (payload: Record<string, unknown>) => bot.telegram.callApi('sendInvoice' as never, payload as never).catch((e: unknown) => e as TelegramError);
    const base = { chat_id: USER.userId, title: 't', description: 'd', payload: 'p', provider_token: '', currency: 'XTR', prices: [{ label: 'x', amount: 5 }] };
    expect(await call(base)).not.toBeInstanceOf(TelegramError);
    expect(((await call({ ...base, currency: 'EUR' })) as TelegramError).code).toBe(400);
    expect(((await call({ ...base, provider_token: 'tok' })) as TelegramError).code).toBe(400);
    expect(((await call({ ...base, prices: [{ label: 'a', amount: 5 }, { label: 'b', amount: 1 }] })) as TelegramError).code).toBe(400);
    const weekly = await bot.telegram.callApi('createInvoiceLink' as never, { ...base, chat_id: undefined, subscription_period: 604_800 } as never).catch((e: unknown) => e);
    expect((weekly as TelegramError).code).toBe(400);
  });
});

describe('local Bot API: Telegram Stars to a webhook bot', () => {
  it('pushes the pre-checkout query and then the payment to the webhook, in order', async () => {
    const hookApi = await LocalBotApi.start();
    const telegram = new Telegraf(TOKEN, { telegram: { apiRoot: hookApi.url } }).telegram;
    const hookStars = new StarsPayments(telegram);
    const received: unknown[] = [];
    let server!: http.Server;
    const paymentArrived = new Promise<void>((resolve) => {
      server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c));
        req.on('end', () => {
          const update = JSON.parse(body) as unknown;
          received.push(update);
          res.end();
          const query = preCheckoutQueryOf(update);
          if (query) void hookStars.answerPreCheckoutQuery(query.id, true);
          if (successfulPaymentOf(update)) resolve();
        });
      });
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        void telegram.setWebhook(`http://127.0.0.1:${port}/hook`);
      });
    });
    try {
      // Pays only once the stand-in has recorded the webhook.
      await new Promise<void>((resolve) => hookApi.events.once('webhook', resolve));
      const link = await hookStars.createInvoiceLink(offer);
      const outcome = await hookApi.pay(TOKEN, USER, link);
      expect(outcome.status).toBe('paid');
      await paymentArrived;
      expect(received.map((u) => (preCheckoutQueryOf(u) ? 'pre_checkout_query' : successfulPaymentOf(u) ? 'successful_payment' : 'other'))).toEqual([
        'pre_checkout_query',
        'successful_payment',
      ]);
    } finally {
      await hookApi.stop();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
