import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStripe, STRIPE_API_VERSION } from '../stripe/stripe-client';
import { StripeGateway } from '../stripe/stripe-gateway';
import { verifyStripeWebhook } from '../stripe/stripe-webhooks';
import { LocalStripe } from './local-stripe';

/** Our side of the webhooks: verifies each delivery as the API will, answers with the next queued status. */
class WebhookReceiver {
  readonly received: { raw: Buffer; event?: Stripe.Event; refusal?: string }[] = [];
  readonly statuses: number[] = [];
  /** Answers for deliveries of one event type, before `statuses` (a failing handler for one type). */
  readonly failures = new Map<string, number[]>();
  url = '';
  private server?: http.Server;
  constructor(private readonly secret: () => string) {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const result = verifyStripeWebhook(raw, req.headers['stripe-signature'], this.secret());
        this.received.push({ raw, ...(result.ok ? { event: result.event } : { refusal: result.reason }) });
        const byType = result.ok ? this.failures.get(result.event.type)?.shift() : undefined;
        res.writeHead(byType ?? this.statuses.shift() ?? (result.ok ? 200 : 400)).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/stripe`;
  }

  events(type?: string): Stripe.Event[] {
    return this.received.flatMap((r) => (r.event && (!type || r.event.type === type) ? [r.event] : []));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }
}

let local: LocalStripe;
let receiver: WebhookReceiver;
let stripe: Stripe;
let gateway: StripeGateway;
let sequence = 0;
const key = (what: string) => `${what}-${++sequence}-${Date.now()}`;

beforeAll(async () => {
  receiver = new WebhookReceiver(() => local.webhookSecret);
  await receiver.start();
  local = await LocalStripe.start({
    webhookUrl: receiver.url,
    retryBaseMs: 10,
    prices: [
      { id: 'price_basic', unit_amount: 499, currency: 'eur', product: 'prod_basic', recurring: true, nickname: 'Basic' },
      { id: 'price_pro', unit_amount: 1499, currency: 'eur', product: 'prod_pro', recurring: true, nickname: 'Pro' },
    ],
  });
  stripe = createStripe({ secretKey: local.secretKey, baseUrl: local.url, maxNetworkRetries: 1 });
  gateway = new StripeGateway(stripe);
});

afterAll(async () => {
  await local?.stop();
  await receiver?.stop();
});

beforeEach(async () => {
  await local.idle();
  receiver.received.length = 0;
  receiver.statuses.length = 0;
  receiver.failures.clear();
});

const pack = (userId: string, customerId: string) =>
  gateway.createPackCheckout({
    userId,
    customerId,
    packId: 'pack50',
    price: { amount: 299, currency: 'EUR', productName: '50 credits' },
    successUrl: 'http://127.0.0.1:1/paid?session={CHECKOUT_SESSION_ID}',
    cancelUrl: 'http://127.0.0.1:1/canceled',
    idempotencyKey: key('checkout'),
  });

async function paidPack(card = '4242424242424242') {
  const customer = await gateway.createCustomer({ userId: 'u-pack' }, key('customer'));
  const session = await pack('u-pack', customer.id);
  local.completeCheckout(session.id, card);
  await local.idle();
  const paid = await gateway.retrieveCheckoutSession(session.id);
  return { customer, session: paid };
}

/** A customer on a test clock with a paid subscription. */
async function subscribed(card: string, price = 'price_basic') {
  const start = Math.floor(Date.UTC(2026, 0, 15) / 1000);
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: start });
  const customer = await gateway.createCustomer({ userId: 'u-sub', testClock: clock.id }, key('customer'));
  const session = await gateway.createSubscriptionCheckout({
    userId: 'u-sub',
    customerId: customer.id,
    tier: 'basic',
    price: { priceId: price },
    successUrl: 'http://127.0.0.1:1/subscribed',
    cancelUrl: 'http://127.0.0.1:1/canceled',
    idempotencyKey: key('checkout'),
  });
  // Through the control route, as a browser-less test or `npm run chat` would.
  const done = await fetch(`${local.url}/__control/checkout/${session.id}/complete`, { method: 'POST', body: JSON.stringify({ card }) });
  expect(done.status).toBe(200);
  await local.idle();
  const paid = await gateway.retrieveCheckoutSession(session.id);
  return { clock, customer, session: paid, subscriptionId: paid.subscription as string, start };
}

describe('LocalStripe through the official SDK', () => {
  it('pins the API version on every request and answers with the pinned shapes', async () => {
    await gateway.createCustomer({ userId: 'u-version' }, key('customer'));
    expect([...local.apiVersionsSeen]).toEqual([STRIPE_API_VERSION]);
  });

  it('pack checkout: hosted page → 303 to success_url with the session id → signed checkout.session.completed that verifies', async () => {
    const customer = await gateway.createCustomer({ userId: 'u1', email: 'u1@example.test' }, key('customer'));
    const session = await pack('u1', customer.id);
    expect(session).toMatchObject({ mode: 'payment', status: 'open', client_reference_id: 'u1', amount_total: 299, currency: 'eur', invoice_creation: { enabled: true } });
    expect(session.url).toBe(`${local.url}/checkout/pay/${session.id}`);

    const page = await fetch(session.url!);
    expect(await page.text()).toContain('Pay');
    const paid = await fetch(session.url!, { method: 'POST', body: new URLSearchParams({ card: '4242 4242 4242 4242', action: 'pay' }), redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://127.0.0.1:1/paid?session=${session.id}`);

    await local.idle();
    const completed = receiver.events('checkout.session.completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.api_version).toBe(STRIPE_API_VERSION);
    const object = completed[0]!.data.object as Stripe.Checkout.Session;
    expect(object).toMatchObject({ id: session.id, payment_status: 'paid', status: 'complete', metadata: { userId: 'u1', packId: 'pack50' } });
    expect(receiver.received.every((r) => r.event)).toBe(true);

    // The invoice (hosted page and PDF) and the basil link from invoice to PaymentIntent.
    const invoice = await gateway.retrieveInvoice(object.invoice as string);
    expect(invoice).toMatchObject({ status: 'paid', amount_paid: 299, billing_reason: 'manual' });
    const pdf = await fetch(invoice.invoice_pdf!);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(invoice.hosted_invoice_url!)).status).toBe(200);
    expect(await gateway.paymentIntentOfInvoice(invoice.id)).toBe(object.payment_intent);
  });

  it('a declined card stays on the page with the reason; nothing is paid', async () => {
    const customer = await gateway.createCustomer({ userId: 'u2' }, key('customer'));
    const session = await pack('u2', customer.id);
    const declined = await fetch(session.url!, { method: 'POST', body: new URLSearchParams({ card: '4000000000000002', action: 'pay' }), redirect: 'manual' });
    expect(declined.status).toBe(402);
    expect(await declined.text()).toContain('Your card was declined.');
    expect(await gateway.retrieveCheckoutSession(session.id)).toMatchObject({ status: 'open', payment_status: 'unpaid' });
    await local.idle();
    expect(receiver.events('checkout.session.completed')).toHaveLength(0);
  });

  it('subscription checkout then a test clock advance → subscription_cycle invoice.paid, period moved on', async () => {
    const { clock, subscriptionId, start } = await subscribed('4242424242424242');
    const first = receiver.events('invoice.paid');
    expect(first.map((e) => (e.data.object as Stripe.Invoice).billing_reason)).toEqual(['subscription_create']);
    expect(receiver.events('customer.subscription.created')).toHaveLength(1);

    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 32 * 86_400 });
    await local.idle();
    const renewals = receiver.events('invoice.paid').filter((e) => (e.data.object as Stripe.Invoice).billing_reason === 'subscription_cycle');
    expect(renewals).toHaveLength(1);
    const renewal = renewals[0]!.data.object as Stripe.Invoice;
    expect(renewal.parent?.subscription_details?.subscription).toBe(subscriptionId);
    expect(renewal.amount_paid).toBe(499);
    const subscription = await gateway.retrieveSubscription(subscriptionId);
    expect(subscription.status).toBe('active');
    expect(subscription.items.data[0]!.current_period_start).toBe(Math.floor(Date.UTC(2026, 1, 15) / 1000));
    expect(subscription.items.data[0]!.current_period_end).toBe(Math.floor(Date.UTC(2026, 2, 15) / 1000));
  });

  it('card 0341: the first payment succeeds, the renewal fails → invoice.payment_failed and past_due', async () => {
    const { clock, subscriptionId, start } = await subscribed('4000000000000341');
    expect(receiver.events('invoice.paid')).toHaveLength(1);
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 32 * 86_400 });
    await local.idle();
    const failed = receiver.events('invoice.payment_failed');
    expect(failed).toHaveLength(1);
    expect((failed[0]!.data.object as Stripe.Invoice).billing_reason).toBe('subscription_cycle');
    expect(receiver.events('invoice.paid')).toHaveLength(1);
    expect((await gateway.retrieveSubscription(subscriptionId)).status).toBe('past_due');
    const updated = receiver.events('customer.subscription.updated').at(-1)!;
    expect(updated.data.previous_attributes).toEqual({ status: 'active' });

    // A working card entered in the portal pays the open invoice and makes the subscription active again.
    const portal = await gateway.createPortalSession((await gateway.retrieveSubscription(subscriptionId)).customer as string, 'http://127.0.0.1:1/billing');
    const card = await fetch(portal.url, { method: 'POST', body: new URLSearchParams({ action: 'card', card: '4242424242424242' }), redirect: 'manual' });
    expect(card.status).toBe(303);
    await local.idle();
    const failedInvoice = failed[0]!.data.object as Stripe.Invoice;
    expect(receiver.events('invoice.paid').map((e) => (e.data.object as Stripe.Invoice).id)).toContain(failedInvoice.id);
    expect((await gateway.retrieveSubscription(subscriptionId)).status).toBe('active');
  });

  it('portal: cancel at period end, then the clock passes the period end → customer.subscription.deleted', async () => {
    const { clock, customer, subscriptionId, start } = await subscribed('4242424242424242');
    const portal = await gateway.createPortalSession(customer.id, 'http://127.0.0.1:1/billing');
    expect(await (await fetch(portal.url)).text()).toContain('Cancel plan');
    const canceled = await fetch(portal.url, { method: 'POST', body: new URLSearchParams({ action: 'cancel' }), redirect: 'manual' });
    expect(canceled.status).toBe(303);
    expect(canceled.headers.get('location')).toBe('http://127.0.0.1:1/billing');
    expect(await gateway.retrieveSubscription(subscriptionId)).toMatchObject({ status: 'active', cancel_at_period_end: true });

    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: start + 40 * 86_400 });
    await local.idle();
    expect(receiver.events('customer.subscription.deleted')).toHaveLength(1);
    expect(receiver.events('invoice.paid').filter((e) => (e.data.object as Stripe.Invoice).billing_reason === 'subscription_cycle')).toHaveLength(0);
    expect((await gateway.retrieveSubscription(subscriptionId)).status).toBe('canceled');
  });

  it('portal: switching basic → pro charges an upgrade invoice and reports the new price', async () => {
    const { customer, subscriptionId } = await subscribed('4242424242424242');
    const portal = await gateway.createPortalSession(customer.id, 'http://127.0.0.1:1/billing');
    const switched = await fetch(portal.url, { method: 'POST', body: new URLSearchParams({ action: 'switch', price: 'price_pro' }), redirect: 'manual' });
    expect(switched.status).toBe(303);
    await local.idle();
    const subscription = await gateway.retrieveSubscription(subscriptionId);
    expect(subscription.items.data[0]!.price.id).toBe('price_pro');
    const upgrade = receiver.events('invoice.paid').map((e) => e.data.object as Stripe.Invoice).find((i) => i.billing_reason === 'subscription_update');
    expect(upgrade?.amount_paid).toBe(1000);
  });

  it('Idempotency-Key: same key and params → the same object; same key, other params → idempotency_error', async () => {
    const idempotencyKey = key('same');
    const a = await gateway.createCustomer({ userId: 'u-idem' }, idempotencyKey);
    const b = await gateway.createCustomer({ userId: 'u-idem' }, idempotencyKey);
    expect(b.id).toBe(a.id);
    const error = await gateway.createCustomer({ userId: 'someone-else' }, idempotencyKey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
    expect(local.eventsOf('customer.created').filter((e) => e.data.object.metadata.userId === 'u-idem')).toHaveLength(1);
  });

  it('errors come in Stripe’s shape with a request id', async () => {
    const error = await gateway.retrieveSubscription('sub_missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    expect((error as Stripe.errors.StripeError).requestId).toMatch(/^req_/);
    const removed = await stripe.checkout.sessions
      .create({ mode: 'payment', success_url: 'http://x', payment_method_types: ['card'] } as never)
      .catch((e: unknown) => e);
    expect(removed).toMatchObject({ statusCode: 400, code: 'parameter_unknown' });
  });

  it('refunds: partial, then the rest; more than is left is refused; events name the charge', async () => {
    const { session } = await paidPack();
    const intent = session.payment_intent as string;
    const part = await gateway.createRefund({ paymentIntentId: intent, amount: 100, reason: 'requested_by_customer', idempotencyKey: key('refund') });
    expect(part).toMatchObject({ amount: 100, status: 'succeeded', payment_intent: intent });
    const tooMuch = await gateway.createRefund({ paymentIntentId: intent, amount: 500, idempotencyKey: key('refund') }).catch((e: unknown) => e);
    expect(tooMuch).toMatchObject({ statusCode: 400, code: 'amount_too_large' });
    const rest = await gateway.createRefund({ paymentIntentId: intent, idempotencyKey: key('refund') });
    expect(rest.amount).toBe(199);
    await local.idle();
    const refunded = receiver.events('charge.refunded').map((e) => e.data.object as Stripe.Charge);
    expect(refunded.map((c) => [c.amount_refunded, c.refunded])).toEqual([
      [100, false],
      [299, true],
    ]);
    const again = await gateway.createRefund({ paymentIntentId: intent, idempotencyKey: key('refund') }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'charge_already_refunded' });
  });

  it('a 500 after the refund was applied: the SDK retries with the same key and gets the one refund back', async () => {
    const { session } = await paidPack();
    local.injectFault('refunds.create', 'error_after_apply');
    const refund = await gateway.createRefund({ paymentIntentId: session.payment_intent as string, amount: 50, idempotencyKey: key('refund') });
    expect(refund.amount).toBe(50);
    expect(local.eventsOf('refund.created').filter((e) => e.data.object.payment_intent === session.payment_intent)).toHaveLength(1);
  });

  it('a 429 is not applied and surfaces as a rate-limit error', async () => {
    const customer = await gateway.createCustomer({ userId: 'u-429' }, key('customer'));
    local.injectFault('checkout.sessions.create', 'rate_limit');
    const error = await pack('u-429', customer.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(stripe.errors.StripeRateLimitError);
    expect(local.eventsOf().some((e) => e.data.object.client_reference_id === 'u-429')).toBe(false);
  });

  it('disputes: card 0259 is disputed after payment; evidence staged, then submitted; closed won', async () => {
    const { session } = await paidPack('4000000000000259');
    const created = receiver.events('charge.dispute.created');
    expect(created).toHaveLength(1);
    const dispute = created[0]!.data.object as Stripe.Dispute;
    expect(dispute).toMatchObject({ status: 'needs_response', payment_intent: session.payment_intent, amount: 299 });

    const staged = await gateway.updateDisputeEvidence(dispute.id, { product_description: '50 credits', service_date: '2026-01-15' }, false);
    expect(staged).toMatchObject({ status: 'needs_response', evidence: { product_description: '50 credits' }, evidence_details: { has_evidence: true, submission_count: 0 } });
    const submitted = await gateway.updateDisputeEvidence(dispute.id, { access_activity_log: 'conversions after payment' }, true);
    expect(submitted).toMatchObject({ status: 'under_review', evidence: { product_description: '50 credits', access_activity_log: 'conversions after payment' }, evidence_details: { submission_count: 1 } });
    const late = await gateway.updateDisputeEvidence(dispute.id, { uncategorized_text: 'more' }, true).catch((e: unknown) => e);
    expect(late).toMatchObject({ statusCode: 400 });

    const closed = await fetch(`${local.url}/__control/disputes/${dispute.id}/close`, { method: 'POST', body: JSON.stringify({ status: 'won' }) });
    expect(closed.status).toBe(200);
    await local.idle();
    expect((receiver.events('charge.dispute.closed')[0]!.data.object as Stripe.Dispute).status).toBe('won');
    expect((await gateway.retrieveDispute(dispute.id)).status).toBe('won');
  });

  it('a dispute opened through the control route on any charge, and lost', async () => {
    const { session } = await paidPack();
    const opened = await (await fetch(`${local.url}/__control/disputes`, { method: 'POST', body: JSON.stringify({ payment_intent: session.payment_intent }) })).json() as Stripe.Dispute;
    local.closeDispute(opened.id, 'lost');
    await local.idle();
    expect(receiver.events('charge.dispute.closed').map((e) => (e.data.object as Stripe.Dispute).status)).toEqual(['lost']);
  });

  it('webhooks: a non-2xx is retried until accepted; redelivery sends the same event again', async () => {
    receiver.failures.set('checkout.session.completed', [500, 503]);
    const { session } = await paidPack();
    const completed = local.eventsOf('checkout.session.completed').find((e) => e.data.object.id === session.id)!;
    const attempts = local.deliveries.filter((d) => d.eventId === completed.id);
    expect(attempts.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ]);

    receiver.received.length = 0;
    local.redeliver(completed.id, 3);
    await local.idle();
    expect(receiver.events().map((e) => e.id)).toEqual([completed.id, completed.id, completed.id]);
    expect(receiver.received[0]!.raw.equals(receiver.received[1]!.raw)).toBe(true);
  });

  it('webhooks: held events are listed but not sent, then arrive reversed; events.list pages newest first', async () => {
    const before = new Set(local.eventsOf().map((e) => e.id));
    local.hold();
    await paidPack();
    await local.idle();
    expect(receiver.received).toHaveLength(0);
    const burst = local.eventsOf().filter((e) => !before.has(e.id));
    expect(burst.length).toBeGreaterThan(5);
    local.release('reversed');
    await local.idle();
    const arrived = receiver.events().map((e) => e.id);
    expect(arrived).toEqual(burst.map((e) => e.id).reverse());

    const listed = await gateway.listEvents({ types: ['checkout.session.completed'], limit: 1 });
    expect(listed.data[0]!.id).toBe(burst.find((e) => e.type === 'checkout.session.completed')!.id);
    expect(listed.has_more).toBe(true);
  });

  it('webhooks: a late delivery comes after the delay asked; events.retrieve returns the stored event', async () => {
    const first = await gateway.createCustomer({ userId: 'u-late' }, key('customer'));
    await local.idle();
    const event = local.eventsOf('customer.created').find((e) => e.data.object.id === first.id)!;
    receiver.received.length = 0;
    const askedAt = Date.now();
    local.deliverLate(event.id, 150);
    await local.idle();
    expect(receiver.events().map((e) => e.id)).toEqual([event.id]);
    const late = local.deliveries.filter((d) => d.eventId === event.id).at(-1)!;
    expect(late.at - askedAt).toBeGreaterThanOrEqual(145);
    expect(await gateway.retrieveEvent(event.id)).toMatchObject({ id: event.id, type: 'customer.created', api_version: STRIPE_API_VERSION });
  });

  it('a delivery the endpoint keeps refusing is listed with delivery_success=false', async () => {
    const delivered = await gateway.createCustomer({ userId: 'u-delivered' }, key('customer'));
    await local.idle();
    receiver.statuses.push(400, 400, 400, 400);
    const customer = await gateway.createCustomer({ userId: 'u-undelivered' }, key('customer'));
    await local.idle();
    const undelivered = (await gateway.listEvents({ undeliveredOnly: true })).data.map((e) => (e.data.object as Stripe.Customer).id);
    expect(undelivered).toContain(customer.id);
    expect(undelivered).not.toContain(delivered.id);
  });
});
