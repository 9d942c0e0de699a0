import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCheckout, stripeEventStream } from '../libs/application/src';
import { paymentIdOf, paymentStream } from '../libs/domain/src';
import { balanceOf, logEvents, newUser, paidMismatchedCheckout, payOnHostedPage, startStripeSystem, StripeSystem } from './support/stripe-system';

/**
 * Stripe packs end to end over HTTP: our Checkout use case → the stand-in's hosted page → its
 * signed webhooks → POST /webhooks/stripe (the inbox) → the stripe_events process manager →
 * payment and ledger → the balance the API reports.
 */
let s: StripeSystem;
beforeAll(async () => {
  s = await startStripeSystem('stripe_payments');
});
afterAll(async () => s?.close());

async function buyPack(userId: string, offerId = 'pack:150'): Promise<{ sessionId: string; paymentIntentId: string }> {
  const checkout = await startCheckout(s.deps, { userId, offerId, language: 'en' });
  const redirect = await payOnHostedPage(checkout.url);
  expect(redirect).toContain(`/billing/success?lang=en`);
  const session = await s.gateway.retrieveCheckoutSession(checkout.sessionId);
  return { sessionId: checkout.sessionId, paymentIntentId: session.payment_intent as string };
}

const streamTypes = async (stream: string) => (await s.store.readStream(stream)).map((e) => e.type);

describe('Stripe packs', () => {
  it('Checkout → signed webhook → the pack’s credits, and the success page says they are on their way', async () => {
    const { userId } = await newUser(s);
    const checkout = await startCheckout(s.deps, { userId, offerId: 'pack:150', language: 'ru' });
    const redirect = await payOnHostedPage(checkout.url);
    const page = await fetch(redirect);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Оплата получена.*Кредиты появятся в боте/s);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(150);
    expect(await streamTypes(paymentStream(paymentIdOf('stripe', checkout.sessionId)))).toEqual(['PaymentSucceeded']);
    // One customer per user, whatever the number of purchases.
    const second = await startCheckout(s.deps, { userId, offerId: 'pack:50', language: 'en' });
    const [first, again] = await Promise.all([s.gateway.retrieveCheckoutSession(checkout.sessionId), s.gateway.retrieveCheckoutSession(second.sessionId)]);
    expect(again.customer).toBe(first.customer);
  });

  it('the same webhook delivered three times more credits once, and is stored once', async () => {
    const { userId } = await newUser(s);
    const { sessionId } = await buyPack(userId);
    await s.settle();
    const completed = s.stripe.eventsOf('checkout.session.completed').find((e) => e.data.object.id === sessionId)!;
    s.stripe.redeliver(completed.id, 3);
    await s.settle();
    const deliveries = s.stripe.deliveries.filter((d) => d.eventId === completed.id);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200]);
    expect(await streamTypes(stripeEventStream(completed.id))).toEqual(['StripeEventReceived']);
    expect(await balanceOf(s, userId)).toBe(150);
  });

  for (const order of ['reversed', 'shuffled'] as const) {
    it(`events delivered ${order} (a purchase, then its refund, with another purchase) end in the same state`, async () => {
      const { userId } = await newUser(s);
      s.stripe.hold();
      const refunded = await buyPack(userId, 'pack:50');
      const kept = await buyPack(userId, 'pack:150');
      await s.gateway.createRefund({ paymentIntentId: refunded.paymentIntentId, idempotencyKey: `refund-${refunded.sessionId}` });
      s.stripe.release(order);
      await s.settle();
      expect(await balanceOf(s, userId)).toBe(150);
      expect(await streamTypes(paymentStream(paymentIdOf('stripe', refunded.sessionId)))).toEqual(['PaymentSucceeded', 'PaymentRefunded']);
      expect(await streamTypes(paymentStream(paymentIdOf('stripe', kept.sessionId)))).toEqual(['PaymentSucceeded']);
    });
  }

  it('Stripe failing while an event is processed delays its effect, never drops it', async () => {
    const { userId } = await newUser(s);
    const { sessionId, paymentIntentId } = await buyPack(userId);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(150);
    // A refund is fetched before it is applied (its event's copy may be stale); Stripe then fails
    // more often than the SDK's retries and the projector's one-event replay: only retrying later gets through.
    s.stripe.hold();
    await s.gateway.createRefund({ paymentIntentId, idempotencyKey: `refund-outage-${paymentIntentId}` });
    for (let i = 0; i < 7; i++) s.stripe.injectFault('refunds.retrieve', 'error');
    s.stripe.release();
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(0);
    expect(await streamTypes(paymentStream(paymentIdOf('stripe', sessionId)))).toEqual(['PaymentSucceeded', 'PaymentRefunded']);
    const { rows } = await s.sys.db.pool.query(`SELECT status FROM projection_status WHERE name = 'stripe_events'`);
    expect(rows[0].status).toBe('running');
  });

  it('a refund takes the pack’s credits back', async () => {
    const { userId } = await newUser(s);
    const { paymentIntentId } = await buyPack(userId);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(150);
    await s.gateway.createRefund({ paymentIntentId, idempotencyKey: `refund-${paymentIntentId}` });
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(0);
  });

  it('a lost dispute takes the credits back; a won one leaves them', async () => {
    const lost = await newUser(s);
    const won = await newUser(s);
    const lostPayment = await buyPack(lost.userId);
    const wonPayment = await buyPack(won.userId);
    const lostDispute = s.stripe.openDispute({ paymentIntent: lostPayment.paymentIntentId });
    const wonDispute = s.stripe.openDispute({ paymentIntent: wonPayment.paymentIntentId });
    await s.settle();
    expect(await streamTypes(paymentStream(paymentIdOf('stripe', lostPayment.sessionId)))).toEqual(['PaymentSucceeded', 'DisputeOpened']);
    s.stripe.closeDispute(lostDispute.id, 'lost');
    s.stripe.closeDispute(wonDispute.id, 'won');
    await s.settle();
    expect(await balanceOf(s, lost.userId)).toBe(0);
    expect(await balanceOf(s, won.userId)).toBe(150);
    expect(await streamTypes(paymentStream(paymentIdOf('stripe', wonPayment.sessionId)))).toEqual(['PaymentSucceeded', 'DisputeOpened', 'DisputeClosed']);
  });

  it('a session created with another amount than our price credits nothing (recorded as a mismatch)', async () => {
    const { userId } = await newUser(s);
    const sessionId = await paidMismatchedCheckout(s, userId);
    await s.settle();
    expect(await streamTypes(paymentStream(paymentIdOf('stripe', sessionId)))).toEqual(['PaymentAmountMismatched']);
    expect(await balanceOf(s, userId)).toBe(0);
  });

  it('events of types we do not handle are stored and change nothing else', async () => {
    await s.settle();
    const stored = await logEvents(s, 'StripeEventReceived');
    const types = new Set(stored.map((e) => (e.data as { type: string }).type));
    expect(types).toContain('payment_intent.created');
    expect(types).toContain('customer.created');
  });
});

describe('POST /webhooks/stripe refuses what Stripe did not sign, and records nothing', () => {
  const eventBody = (id: string) =>
    JSON.stringify({ id, object: 'event', api_version: '2026-10-28.endive', created: Math.floor(Date.now() / 1000), type: 'customer.created', livemode: false, data: { object: { id: 'cus_x', object: 'customer' } } });
  const post = (body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${s.sys.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const recorded = async (id: string) => (await s.store.readStream(stripeEventStream(id))).length;

  it('a wrong signature, a stale timestamp, no signature, a body that is not JSON, an oversized body: 400', async () => {
    const cases: { name: string; id: string; body: string; header?: string; reason: string }[] = [];
    const wrong = eventBody('evt_wrong_secret');
    cases.push({ name: 'wrong secret', id: 'evt_wrong_secret', body: wrong, header: Stripe.webhooks.generateTestHeaderString({ payload: wrong, secret: 'whsec_not_ours' }), reason: 'bad_signature' });
    const stale = eventBody('evt_stale');
    cases.push({
      name: 'stale',
      id: 'evt_stale',
      body: stale,
      header: Stripe.webhooks.generateTestHeaderString({ payload: stale, secret: s.stripe.webhookSecret, timestamp: Math.floor(Date.now() / 1000) - 301 }),
      reason: 'stale_timestamp',
    });
    const tampered = eventBody('evt_tampered');
    cases.push({
      name: 'tampered',
      id: 'evt_tampered',
      body: tampered.replace('cus_x', 'cus_y'),
      header: Stripe.webhooks.generateTestHeaderString({ payload: tampered, secret: s.stripe.webhookSecret }),
      reason: 'bad_signature',
    });
    cases.push({ name: 'unsigned', id: 'evt_unsigned', body: eventBody('evt_unsigned'), reason: 'missing_signature' });
    const notJson = 'id=evt_not_json';
    cases.push({ name: 'not json', id: 'evt_not_json', body: notJson, header: Stripe.webhooks.generateTestHeaderString({ payload: notJson, secret: s.stripe.webhookSecret }), reason: 'not_json' });
    for (const c of cases) {
      const response = await post(c.body, c.header ? { 'stripe-signature': c.header } : {});
      expect(response.status, c.name).toBe(400);
      expect(await response.json(), c.name).toMatchObject({ error: 'invalid_webhook', details: { reason: c.reason } });
      expect(await recorded(c.id), c.name).toBe(0);
    }
    const huge = eventBody('evt_huge').replace('"cus_x"', `"${'x'.repeat(600 * 1024)}"`);
    const tooLarge = await post(huge, { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: huge, secret: s.stripe.webhookSecret }) });
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.json()).toMatchObject({ error: 'payload_too_large' });
    expect(await recorded('evt_huge')).toBe(0);
  });

  it('the same bytes correctly signed are recorded, once however often they arrive, whatever the content type', async () => {
    const body = eventBody('evt_signed_ok');
    const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: s.stripe.webhookSecret });
    const first = await post(body, { 'stripe-signature': header });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const again = await fetch(`${s.sys.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'text/plain', 'stripe-signature': header }, body });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(await recorded('evt_signed_ok')).toBe(1);
  });

  it('needs no bearer token, and is documented in OpenAPI', async () => {
    const document = (await (await fetch(`${s.sys.url}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> };
    const route = document.paths['/webhooks/stripe']!.post!;
    expect(Object.keys(route.responses).sort()).toEqual(['200', '400', '503']);
    expect(route.parameters?.map((p) => p.name)).toContain('Stripe-Signature');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/billing/success', '/billing/cancel', '/billing/return']));
  });
});
