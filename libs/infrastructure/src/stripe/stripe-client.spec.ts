import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStripe } from '../testing/local-stripe';
import { createStripe, STRIPE_API_VERSION } from './stripe-client';
import { StripeGateway } from './stripe-gateway';

let local: LocalStripe;
beforeAll(async () => {
  local = await LocalStripe.start();
});
afterAll(() => local?.stop());

describe('createStripe', () => {
  it('pins the API version the installed SDK speaks', () => {
    expect(STRIPE_API_VERSION).toBe(Stripe.API_VERSION);
  });

  it('refuses a missing or malformed key without echoing it', () => {
    expect(() => createStripe({ secretKey: '' })).toThrow(/missing/);
    let message = '';
    try {
      createStripe({ secretKey: 'pk_live_notasecretkey123' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must start with sk_test_/);
    expect(message).not.toContain('notasecretkey123');
  });

  it('talks to a local URL with the pinned version, no telemetry, and the configured retries', async () => {
    const stripe = createStripe({ secretKey: local.secretKey, baseUrl: local.url, maxNetworkRetries: 1 });
    local.injectFault('customers.create', 'error');
    const customer = await stripe.customers.create({ metadata: { userId: 'u1' } });
    expect(customer.id).toMatch(/^cus_/);
    expect([...local.apiVersionsSeen]).toEqual([STRIPE_API_VERSION]);
    const noRetries = createStripe({ secretKey: local.secretKey, baseUrl: local.url, maxNetworkRetries: 0 });
    local.injectFault('customers.create', 'error');
    await expect(noRetries.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    await stripe.customers.retrieve(customer.id);
    expect(local.telemetryRequests).toBe(0);
    // No webhook endpoint configured: events are kept, nothing waits to be sent.
    await local.idle();
    expect(local.eventsOf('customer.created')).not.toHaveLength(0);
  });

  it('an unknown key is refused by the server as an authentication error', async () => {
    const stripe = createStripe({ secretKey: 'sk_live_wrong', baseUrl: local.url, maxNetworkRetries: 0 });
    await expect(stripe.customers.create({})).rejects.toMatchObject({ statusCode: 401 });
  });
});

describe('StripeGateway', () => {
  it('creates pack and subscription sessions as issue 11 says: payment + invoice_creation, subscription mode, our user id', async () => {
    const gateway = new StripeGateway(createStripe({ secretKey: local.secretKey, baseUrl: local.url }));
    const customer = await gateway.createCustomer({ userId: 'u7' }, 'customer-u7');
    expect(customer.metadata).toEqual({ userId: 'u7' });
    const pack = await gateway.createPackCheckout({
      userId: 'u7',
      customerId: customer.id,
      packId: 'pack150',
      price: { amount: 799, currency: 'EUR', productName: '150 credits' },
      successUrl: 'http://127.0.0.1:1/paid',
      cancelUrl: 'http://127.0.0.1:1/canceled',
      idempotencyKey: 'buy-1',
    });
    expect(pack).toMatchObject({
      mode: 'payment',
      client_reference_id: 'u7',
      customer: customer.id,
      amount_total: 799,
      currency: 'eur',
      invoice_creation: { enabled: true },
      metadata: { userId: 'u7', kind: 'pack', packId: 'pack150' },
      success_url: 'http://127.0.0.1:1/paid?session_id={CHECKOUT_SESSION_ID}',
    });
    const again = await gateway.createPackCheckout({
      userId: 'u7',
      customerId: customer.id,
      packId: 'pack150',
      price: { amount: 799, currency: 'EUR', productName: '150 credits' },
      successUrl: 'http://127.0.0.1:1/paid',
      cancelUrl: 'http://127.0.0.1:1/canceled',
      idempotencyKey: 'buy-1',
    });
    expect(again.id).toBe(pack.id);

    const sub = await gateway.createSubscriptionCheckout({
      userId: 'u7',
      customerId: customer.id,
      tier: 'pro',
      price: { amount: 1499, currency: 'eur', productName: 'Pro' },
      successUrl: 'http://127.0.0.1:1/ok?s={CHECKOUT_SESSION_ID}',
      cancelUrl: 'http://127.0.0.1:1/canceled',
      idempotencyKey: 'subscribe-1',
    });
    expect(sub).toMatchObject({ mode: 'subscription', invoice_creation: null, metadata: { tier: 'pro' }, success_url: 'http://127.0.0.1:1/ok?s={CHECKOUT_SESSION_ID}' });
    local.completeCheckout(sub.id);
    const subscription = await gateway.retrieveSubscription((await gateway.retrieveCheckoutSession(sub.id)).subscription as string);
    expect(subscription).toMatchObject({ status: 'active', metadata: { userId: 'u7', tier: 'pro' }, billing_mode: { type: 'flexible' } });
    expect(subscription.items.data[0]!.price.unit_amount).toBe(1499);
  });
});
