import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { reconcilePayments, reserveForService, startCheckout, stripeEventStream } from '../libs/application/src';
import { paymentIdOf, paymentStream } from '../libs/domain/src';
import { balanceOf, newUser, paidMismatchedCheckout, payOnHostedPage, startStripeSystem, StripeSystem, subscriptionOf } from './support/stripe-system';
import { ADMIN_TOKEN, SUPPORT_TOKEN } from './support/system';

/**
 * Stripe refunds, reconciliation and dispute evidence over real HTTP: the admin API → the local
 * Stripe (official SDK) → its signed webhooks → the inbox → the process manager → the ledger.
 */
let s: StripeSystem;
beforeAll(async () => {
  s = await startStripeSystem('stripe_ops');
});
afterAll(async () => s?.close());

const streamTypes = async (stream: string) => (await s.store.readStream(stream)).map((e) => e.type);
const post = (path: string, body: Record<string, unknown>, options: { token?: string; key?: string } = {}) =>
  fetch(`${s.sys.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token ?? ADMIN_TOKEN}`, ...(options.key ? { 'idempotency-key': options.key } : {}) },
    body: JSON.stringify(body),
  });
const refundPath = (paymentId: string) => `/admin/payments/${encodeURIComponent(paymentId)}/refund`;

async function buyPack(userId: string, offerId = 'pack:150'): Promise<{ sessionId: string; paymentIntentId: string; paymentId: string }> {
  const checkout = await startCheckout(s.deps, { userId, offerId, language: 'en' });
  await payOnHostedPage(checkout.url);
  const session = await s.gateway.retrieveCheckoutSession(checkout.sessionId);
  return { sessionId: checkout.sessionId, paymentIntentId: session.payment_intent as string, paymentId: paymentIdOf('stripe', checkout.sessionId) };
}

describe('POST /admin/payments/:id/refund (Stripe)', () => {
  it('partial then the rest: refunds.create, and the refund webhook takes the credits back; more than is left, and again, refused', async () => {
    const { userId } = await newUser(s);
    const { paymentId, paymentIntentId } = await buyPack(userId);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(150);

    expect((await post(refundPath(paymentId), { reason: 'asked' }, { token: SUPPORT_TOKEN })).status).toBe(403);
    expect((await post(refundPath(paymentId), { amountMinor: 100 })).status).toBe(400);
    const over = await post(refundPath(paymentId), { reason: 'asked', amountMinor: 700 });
    expect(over.status).toBe(400);
    expect(await over.json()).toMatchObject({ details: { reason: 'refund_exceeds_payment', refundable: 699 } });

    const partial = await post(refundPath(paymentId), { reason: 'half, ticket 31', amountMinor: 350 }, { key: 'ticket-31' });
    expect(partial.status).toBe(200);
    const body = (await partial.json()) as { providerRefundId: string; applied: boolean; amountMinor: number };
    expect(body).toMatchObject({ provider: 'stripe', amountMinor: 350, currency: 'USD', applied: true, providerRefundId: expect.stringMatching(/^re_/) });
    // Stripe got our request's idempotency key and the amount.
    const refund = await s.gateway.retrieveRefund(body.providerRefundId);
    expect(refund).toMatchObject({ amount: 350, payment_intent: paymentIntentId, metadata: { paymentId } });
    await s.settle();
    // 150 × 350 / 699 = 75.1 → 75 taken back.
    expect(await balanceOf(s, userId)).toBe(75);
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded', 'RefundRequested', 'PaymentRefunded']);

    // The same key again: the same Stripe refund, nothing new recorded, nothing moved.
    const again = await post(refundPath(paymentId), { reason: 'half, ticket 31', amountMinor: 350 }, { key: 'ticket-31' });
    expect(await again.json()).toMatchObject({ applied: false });
    const rest = await post(refundPath(paymentId), { reason: 'the rest, ticket 32' }, { key: 'ticket-32' });
    expect(await rest.json()).toMatchObject({ amountMinor: 349, applied: true });
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(0);
    const full = await post(refundPath(paymentId), { reason: 'once more' }, { key: 'ticket-33' });
    expect(full.status).toBe(409);
    expect(await full.json()).toMatchObject({ details: { reason: 'already_refunded' } });
    expect(s.stripe.eventsOf('refund.created').filter((e) => e.data.object.payment_intent === paymentIntentId)).toHaveLength(2);
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded', 'RefundRequested', 'PaymentRefunded', 'RefundRequested', 'PaymentRefunded']);
  });

  it('Stripe failing → 502 and RefundFailed, nothing moved; a mismatch and an unknown payment are refused', async () => {
    const { userId } = await newUser(s);
    const { paymentId } = await buyPack(userId, 'pack:50');
    await s.settle();
    for (let i = 0; i < 3; i++) s.stripe.injectFault('refunds.create', 'error');
    const failed = await post(refundPath(paymentId), { reason: 'asked' }, { key: 'ticket-41' });
    expect(failed.status).toBe(502);
    expect(await failed.json()).toMatchObject({ error: 'provider_unavailable', details: { code: expect.any(String) } });
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded', 'RefundRequested', 'RefundFailed']);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(50);
    expect((await post(refundPath('stripe:cs_nope'), { reason: 'asked' })).status).toBe(404);

    const sessionId = await paidMismatchedCheckout(s, userId);
    await s.settle();
    const mismatch = await post(refundPath(paymentIdOf('stripe', sessionId)), { reason: 'asked' });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ details: { reason: 'payment_mismatch' } });
  });

  it('a second plan paid in a race is ended at Stripe, refunded by the system and the user told; the first plan stays', async () => {
    const { userId, telegramId } = await newUser(s);
    // Both checkouts opened before either is paid: each passes the "no running plan" check.
    const first = await startCheckout(s.deps, { userId, offerId: 'sub:basic', language: 'en' });
    const second = await startCheckout(s.deps, { userId, offerId: 'sub:pro', language: 'en' });
    await payOnHostedPage(first.url);
    await s.settle();
    await payOnHostedPage(second.url);
    await s.settle();
    // The refund is asked while the payment's events are handled: its own events come after.
    await s.settle();
    const state = await subscriptionOf(s, userId);
    expect(state).toMatchObject({ status: 'active', tier: 'basic' });
    const secondSession = await s.gateway.retrieveCheckoutSession(second.sessionId);
    const secondSub = await s.gateway.retrieveSubscription(secondSession.subscription as string);
    expect(secondSub.status).toBe('canceled');
    const invoiceId = secondSession.invoice as string;
    const events = await s.store.readStream(paymentStream(paymentIdOf('stripe', invoiceId)));
    expect(events.map((e) => e.type)).toEqual(['PaymentSucceeded', 'RefundRequested', 'PaymentRefunded']);
    expect(events[1]!.metadata.actor).toEqual({ kind: 'system', id: 'duplicate-plan' });
    expect(await balanceOf(s, userId)).toBe(200);
    const notices = s.botApi.replies.filter((r) => r.method === 'sendMessage' && r.chatId === telegramId);
    expect(notices.map((n) => n.text)).toEqual([
      'Your card payment for the Pro plan arrived, but you already have a plan running, so it was not started. We are refunding it in full; your bank shows the refund within a few days. See /billing for your plan.',
    ]);
    const { rows } = await s.sys.db.pool.query(`SELECT name, status FROM projection_status WHERE name IN ('stripe_events', 'payment_credits')`);
    expect(rows.every((r: { status: string }) => r.status === 'running')).toBe(true);
  });
});

describe('OpenAPI', () => {
  it('documents the refund and dispute-evidence routes with their errors and the Idempotency-Key', async () => {
    const document = (await (await fetch(`${s.sys.url}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> };
    const refund = document.paths['/admin/payments/{id}/refund']!.post!;
    expect(Object.keys(refund.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '422', '500', '502', '503']);
    expect(refund.parameters?.map((p) => p.name)).toContain('Idempotency-Key');
    const evidence = document.paths['/admin/disputes/{id}/evidence']!.post!;
    expect(Object.keys(evidence.responses)).toEqual(expect.arrayContaining(['200', '400', '403', '404']));
  });
});

describe('reconciliation against Stripe’s events list', () => {
  it('an event never delivered is appended to the inbox once and handled; a second run finds nothing', async () => {
    const { userId } = await newUser(s);
    await s.settle();
    s.stripe.hold();
    onTestFinished(() => s.stripe.release());
    const { sessionId, paymentId } = await buyPack(userId, 'pack:50');
    const completed = s.stripe.eventsOf('checkout.session.completed').find((e) => e.data.object.id === sessionId)!;
    expect(await s.store.readStream(stripeEventStream(completed.id))).toEqual([]);

    const first = await reconcilePayments({ commands: s.sys.commands, runner: s.runner, store: s.store, stripe: s.gateway });
    expect(first.stripe.checked).toBe(true);
    expect(first.stripe.eventsRecorded).toContain(completed.id);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(50);
    expect(await streamTypes(paymentStream(paymentId))).toEqual(['PaymentSucceeded']);

    const second = await reconcilePayments({ commands: s.sys.commands, runner: s.runner, store: s.store, stripe: s.gateway });
    expect(second.stripe.eventsRecorded).toEqual([]);
    expect(second.stripe.since).toBeGreaterThan(first.stripe.since!);
    // The held deliveries arriving late change nothing.
    s.stripe.release();
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(50);
    expect(await streamTypes(stripeEventStream(completed.id))).toEqual(['StripeEventReceived']);
    const runs = await s.store.readStream(`reconciliation-${new Date().toISOString().slice(0, 10)}`);
    expect(runs.map((e) => (e.data as { counts: { stripeEventsRecorded: number } }).counts.stripeEventsRecorded).slice(-2)).toEqual([first.stripe.eventsRecorded.length, 0]);
  });
});

describe('POST /admin/disputes/:id/evidence', () => {
  it('stages the evidence from our events (fields arrive at Stripe, not submitted), then submits it; each recorded', async () => {
    const { userId, telegramId } = await newUser(s);
    const { paymentId, paymentIntentId } = await buyPack(userId);
    await s.settle();
    // Used after the payment: one reading, delivered (reserved, recorded, captured as the bot does).
    const readingId = randomUUID();
    const ctx = { actor: { kind: 'user' as const, id: userId } };
    await reserveForService(s.sys.commands, { userId, serviceId: readingId, kind: 'reading', amount: 1, ttlSeconds: 600, commandId: randomUUID() }, ctx);
    await s.sys.commands.tarotReading(
      {
        type: 'RequestReading', commandId: randomUUID(), readingId, userId, spreadId: 'one_card', question: 'what now?', language: 'en', deck: 'full', reversals: false,
        reservationId: readingId, price: 1, cards: [{ position: 'focus', cardId: 'major-00', reversed: false }], interpretation: { text: 'A first step.', source: 'offline' },
      },
      ctx,
    );
    await s.sys.commands.tarotReading({ type: 'MarkReadingDelivered', commandId: randomUUID(), readingId }, ctx);
    const dispute = s.stripe.openDispute({ paymentIntent: paymentIntentId });
    await s.settle();
    const path = `/admin/disputes/${dispute.id}/evidence`;
    expect((await post(path, { submit: false, reason: 'x' }, { token: SUPPORT_TOKEN })).status).toBe(403);
    expect((await post(path, { submit: false })).status).toBe(400);

    const staged = await post(path, { submit: false, reason: 'chargeback says not delivered' }, { key: 'dp-stage' });
    expect(staged.status).toBe(200);
    expect(await staged.json()).toMatchObject({ paymentId, submitted: false, applied: true });
    let atStripe = await s.gateway.retrieveDispute(dispute.id);
    expect(atStripe.status).toBe('needs_response');
    expect(atStripe.evidence_details.submission_count).toBe(0);
    expect(atStripe.evidence.product_description).toMatch(/150 credits .*6\.99 USD/);
    expect(atStripe.evidence.service_date).toBe(new Date().toISOString().slice(0, 10));
    expect(atStripe.evidence.access_activity_log).toMatch(new RegExp(`Payment ${paymentId} at .*150 credits delivered`));
    expect(atStripe.evidence.access_activity_log).toMatch(/Use of the service after the payment \(1, UTC\):\n\d{4}-\d\d-\d\dT[\d:.]+Z  tarot reading \(one_card\), delivered/);
    expect(atStripe.evidence.customer_name).toBe('Payer');
    expect(atStripe.evidence.uncategorized_text).toContain(`Telegram account id ${telegramId}`);

    const submitted = await post(path, { submit: true, reason: 'evidence reviewed' }, { key: 'dp-submit' });
    expect(await submitted.json()).toMatchObject({ submitted: true, applied: true, status: 'under_review' });
    atStripe = await s.gateway.retrieveDispute(dispute.id);
    expect(atStripe.evidence_details.submission_count).toBe(1);
    const recorded = (await s.store.readStream(paymentStream(paymentId))).filter((e) => e.type === 'DisputeEvidenceSubmitted');
    expect(recorded.map((e) => (e.data as { final: boolean }).final)).toEqual([false, true]);
    expect(recorded[0]!.data).toMatchObject({ fields: expect.arrayContaining(['product_description', 'service_date', 'access_activity_log', 'uncategorized_text']) });
    expect(recorded[1]!.metadata).toMatchObject({ actor: { kind: 'admin', id: 'alice' }, reason: 'evidence reviewed' });
    // The same request again sends and records nothing.
    expect(await (await post(path, { submit: true, reason: 'evidence reviewed' }, { key: 'dp-submit' })).json()).toMatchObject({ applied: false });
    expect((await s.store.readStream(paymentStream(paymentId))).filter((e) => e.type === 'DisputeEvidenceSubmitted')).toHaveLength(2);
  });
});
