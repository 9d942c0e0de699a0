import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentIdOf } from '../libs/domain/src';
import { systemActor } from '../libs/infrastructure/src';
import { ADMIN_TOKEN, registerUser, startSystem, SUPPORT_TOKEN, TestSystem } from './support/system';

/** The admin API's payment search, a user's payments, and the user lookup's tier in force and subscription, over real HTTP. */
let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('admin_payments');
});
afterAll(async () => sys?.close());

const context = { actor: systemActor('test') };
const get = async (path: string, token: string | null = SUPPORT_TOKEN) => {
  const response = await fetch(`${sys.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

async function stripePayment(userId: string, ref: string, paidAt: string) {
  await sys.commands.payment(
    {
      type: 'RecordPayment',
      commandId: `record:${ref}`,
      paymentId: paymentIdOf('stripe', ref),
      provider: 'stripe',
      providerIds: { checkoutSessionId: ref, paymentIntentId: `pi_${ref}`, hostedInvoiceUrl: `https://invoice.example/${ref}` },
      userId,
      offerId: 'pack:50',
      amountMinor: 299,
      currency: 'usd',
      paidAt,
    },
    context,
  );
}

describe('admin payments API', () => {
  it("GET /admin/users/:id/payments lists a user's payments newest first, paged; GET /admin/payments finds one by a Stripe or Telegram id", async () => {
    const userId = await registerUser(sys);
    const [older, newer] = [`cs_${randomUUID()}`, `cs_${randomUUID()}`];
    await stripePayment(userId, older, day(-2));
    await stripePayment(userId, newer, day(-1));
    const chargeId = `stxch-${randomUUID()}`;
    await sys.commands.payment(
      {
        type: 'RecordPayment', commandId: `record:${chargeId}`, paymentId: paymentIdOf('stars', chargeId), provider: 'stars',
        providerIds: { telegramPaymentChargeId: chargeId }, userId, offerId: 'pack:50', amountMinor: 150, currency: 'XTR', paidAt: day(-3),
      },
      context,
    );
    await sys.settle();

    const all = await get(`/admin/users/${userId}/payments`);
    expect(all.status).toBe(200);
    expect(all.body.map((p: { paymentId: string }) => p.paymentId)).toEqual([`stripe:${newer}`, `stripe:${older}`, `stars:${chargeId}`]);
    expect(all.body[0]).toMatchObject({ userId, provider: 'stripe', offerId: 'pack:50', kind: 'pack', credits: 50, amountMinor: 299, currency: 'USD', status: 'paid', hostedInvoiceUrl: `https://invoice.example/${newer}` });
    expect((await get(`/admin/users/${userId}/payments?limit=1&offset=1`)).body.map((p: { paymentId: string }) => p.paymentId)).toEqual([`stripe:${older}`]);

    expect((await get(`/admin/payments?providerId=pi_${older}`)).body.map((p: { paymentId: string }) => p.paymentId)).toEqual([`stripe:${older}`]);
    expect((await get(`/admin/payments?providerId=${encodeURIComponent(chargeId)}`, ADMIN_TOKEN)).body).toEqual([expect.objectContaining({ paymentId: `stars:${chargeId}`, currency: 'XTR' })]);
    expect((await get('/admin/payments?providerId=pi_unknown')).body).toEqual([]);
  });

  it('refuses without staff credentials, without a providerId, with a bad page, and for an unknown user', async () => {
    const userId = await registerUser(sys);
    expect((await get(`/admin/users/${userId}/payments`, null)).status).toBe(401);
    expect((await get('/admin/payments?providerId=pi_x', null)).status).toBe(401);
    expect((await get('/admin/payments?providerId=pi_x', 'not-a-token-0123456789abcdef')).status).toBe(401);
    expect((await get('/admin/payments')).body).toMatchObject({ error: 'invalid_query' });
    expect((await get('/admin/payments?providerId=%20')).status).toBe(400);
    expect((await get(`/admin/users/${userId}/payments?limit=0`)).status).toBe(400);
    expect((await get(`/admin/users/${randomUUID()}/payments`)).body).toMatchObject({ error: 'user_not_found' });
  });

  it('the user lookup shows the tier in force, the admin-set tier and the subscription', async () => {
    const telegramId = Math.floor(Math.random() * 1e9) + 1;
    const userId = await registerUser(sys, { telegramId });
    const lookup = async () => (await get(`/admin/users?telegramId=${telegramId}`)).body[0];
    expect(await lookup()).toMatchObject({ userId, tier: { inForce: 'free', source: 'free', accountTier: 'free', subscriptionTier: 'free' }, subscription: null });

    const periodEnd = day(29);
    await sys.commands.subscription(
      { type: 'StartSubscription', commandId: randomUUID(), userId, subscriptionId: `sub_${telegramId}`, provider: 'stripe', tier: 'basic', grantKey: `in_${telegramId}`, periodStart: day(-1), periodEnd },
      context,
    );
    await sys.commands.subscription({ type: 'MarkSubscriptionPastDue', commandId: randomUUID(), userId, subscriptionId: `sub_${telegramId}`, since: day(0) }, context);
    await sys.settle();
    expect(await lookup()).toMatchObject({
      tier: { inForce: 'basic', source: 'subscription', accountTier: 'free', subscriptionTier: 'basic' },
      subscription: { provider: 'stripe', subscriptionId: `sub_${telegramId}`, tier: 'basic', status: 'past_due', currentPeriodEnd: periodEnd, cancelAtPeriodEnd: false, pastDueSince: expect.any(String) },
    });

    // An admin override shows as such, beside the subscription.
    const changed = await fetch(`${sys.url}/admin/users/${userId}/tier`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tier: 'pro', reason: 'support case' }),
    });
    expect(changed.status).toBe(200);
    expect(await lookup()).toMatchObject({ tier: { inForce: 'pro', source: 'admin', accountTier: 'pro', subscriptionTier: 'basic' }, subscription: { status: 'past_due' } });
  });

  it('OpenAPI documents the routes', async () => {
    const { body } = await get('/docs/openapi.json', null);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/admin/users/{id}/payments', '/admin/payments']));
    expect(JSON.stringify(body.components.schemas.AdminUserDto)).toMatch(/subscription/);
  });
});
