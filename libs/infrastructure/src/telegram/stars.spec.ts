import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Telegram, TelegramError } from 'telegraf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preCheckoutQueryOf, StarsPayments, successfulPaymentOf } from './stars';

/** What telegraf puts on the wire through the adapter: the Bot API's Stars payloads, as Telegram documents them. */

const calls: { method: string; body: Record<string, unknown> }[] = [];
/** The reply the capture server gives to the next call (default: ok with `true`). */
let nextReply: { status: number; body: unknown } | undefined;
let server: http.Server;
let stars: StarsPayments;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
      calls.push({ method, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> });
      const reply = nextReply ?? { status: 200, body: { ok: true, result: true } };
      nextReply = undefined;
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  stars = new StarsPayments(new Telegram('1:stars-spec', { apiRoot: `http://127.0.0.1:${port}` }));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const offer = { title: 'Pack of 50', description: '50 credits for readings', payload: 'pack:50:cmd-1', stars: 75 };
const last = () => calls.at(-1)!;

describe('StarsPayments payloads', () => {
  it('sendInvoice: XTR, empty provider token, exactly one price in whole Stars', async () => {
    nextReply = { status: 200, body: { ok: true, result: { message_id: 7, chat: { id: 42 }, date: 1 } } };
    const message = await stars.sendInvoice(42, offer);
    expect(message.message_id).toBe(7);
    expect(last()).toEqual({
      method: 'sendInvoice',
      body: { chat_id: 42, title: 'Pack of 50', description: '50 credits for readings', payload: 'pack:50:cmd-1', provider_token: '', currency: 'XTR', prices: [{ label: 'Pack of 50', amount: 75 }] },
    });
  });

  it('createInvoiceLink: a subscription carries subscription_period 2592000; a one-off none', async () => {
    nextReply = { status: 200, body: { ok: true, result: 'https://t.me/$abc' } };
    expect(await stars.createInvoiceLink(offer, { subscription: true })).toBe('https://t.me/$abc');
    expect(last().method).toBe('createInvoiceLink');
    expect(last().body).toMatchObject({ currency: 'XTR', provider_token: '', prices: [{ amount: 75 }], subscription_period: 2_592_000 });
    expect(last().body).not.toHaveProperty('chat_id');
    nextReply = { status: 200, body: { ok: true, result: 'https://t.me/$def' } };
    await stars.createInvoiceLink(offer);
    expect(last().body).not.toHaveProperty('subscription_period');
  });

  it('answerPreCheckoutQuery, refundStarPayment, editUserStarSubscription, getStarTransactions', async () => {
    await stars.answerPreCheckoutQuery('q1', true);
    expect(last()).toEqual({ method: 'answerPreCheckoutQuery', body: { pre_checkout_query_id: 'q1', ok: true } });
    await stars.answerPreCheckoutQuery('q2', false, 'This offer has changed');
    expect(last().body).toEqual({ pre_checkout_query_id: 'q2', ok: false, error_message: 'This offer has changed' });
    await stars.refundStarPayment(42, 'ch-1');
    expect(last()).toEqual({ method: 'refundStarPayment', body: { user_id: 42, telegram_payment_charge_id: 'ch-1' } });
    await stars.editUserStarSubscription(42, 'ch-1', true);
    expect(last()).toEqual({ method: 'editUserStarSubscription', body: { user_id: 42, telegram_payment_charge_id: 'ch-1', is_canceled: true } });
    nextReply = { status: 200, body: { ok: true, result: { transactions: [{ id: 'ch-1', amount: 75, date: 1 }] } } };
    expect(await stars.getStarTransactions(10, 5)).toEqual([{ id: 'ch-1', amount: 75, date: 1 }]);
    expect(last()).toEqual({ method: 'getStarTransactions', body: { offset: 10, limit: 5 } });
  });

  it('refuses what Telegram would refuse before sending anything, and surfaces Bot API errors as TelegramError', async () => {
    const before = calls.length;
    await expect(stars.sendInvoice(42, { ...offer, stars: 1.5 })).rejects.toThrow(RangeError);
    await expect(stars.sendInvoice(42, { ...offer, title: 'x'.repeat(33) })).rejects.toThrow(RangeError);
    await expect(stars.createInvoiceLink({ ...offer, payload: 'é'.repeat(65) })).rejects.toThrow(RangeError);
    await expect(stars.answerPreCheckoutQuery('q3', false, '')).rejects.toThrow(RangeError);
    expect(calls.length).toBe(before);
    nextReply = { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: CHARGE_ALREADY_REFUNDED' } };
    const error = await stars.refundStarPayment(42, 'ch-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).description).toBe('Bad Request: CHARGE_ALREADY_REFUNDED');
  });

  it('reads pre_checkout_query and successful_payment out of updates, and nothing else', () => {
    const query = { id: 'q', from: { id: 5 }, currency: 'XTR', total_amount: 75, invoice_payload: 'p' };
    expect(preCheckoutQueryOf({ update_id: 1, pre_checkout_query: query })).toEqual(query);
    expect(preCheckoutQueryOf({ update_id: 1, message: { text: 'hi' } })).toBeUndefined();
    const payment = { currency: 'XTR', total_amount: 75, invoice_payload: 'p', telegram_payment_charge_id: 'c', provider_payment_charge_id: '', is_recurring: true };
    expect(successfulPaymentOf({ update_id: 3, message: { message_id: 9, from: { id: 5 }, chat: { id: 5 }, successful_payment: payment } })).toEqual({
      payment,
      userId: 5,
      chatId: 5,
      messageId: 9,
      updateId: 3,
    });
    expect(successfulPaymentOf({ update_id: 3, message: { message_id: 9, from: { id: 5 }, chat: { id: 5 }, text: 'x' } })).toBeUndefined();
  });
});
