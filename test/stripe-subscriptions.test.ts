import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBillingPortal, startCheckout } from '../libs/application/src';
import { DomainError, subscriptionStream, tierOf } from '../libs/domain/src';
import {
  advanceDays,
  balanceOf,
  customerOnTestClock,
  newUser,
  payOnHostedPage,
  startStripeSystem,
  StripeSystem,
  subscriptionOf,
  usePortal,
} from './support/stripe-system';

/**
 * Stripe subscriptions end to end: Checkout in subscription mode, renewals and failed renewals
 * driven by test clocks through the official SDK, and the hosted Customer Portal (cancel, switch).
 */
let s: StripeSystem;
beforeAll(async () => {
  s = await startStripeSystem('stripe_subscriptions');
});
afterAll(async () => s?.close());

const streamTypes = async (stream: string) => (await s.store.readStream(stream)).map((e) => e.type);

/** A user subscribed through Checkout, on a test clock: the clock id. */
async function subscribe(userId: string, tier: 'basic' | 'pro', card = '4242424242424242'): Promise<string> {
  const { clockId } = await customerOnTestClock(s, userId);
  const checkout = await startCheckout(s.deps, { userId, offerId: `sub:${tier}`, language: 'en' });
  await payOnHostedPage(checkout.url, card);
  await s.settle();
  return clockId;
}

describe('Stripe subscriptions', () => {
  it('a start gives the tier and its allowance: basic 200, pro 1000', async () => {
    const basic = await newUser(s);
    const pro = await newUser(s);
    await subscribe(basic.userId, 'basic');
    await subscribe(pro.userId, 'pro');
    expect(await balanceOf(s, basic.userId)).toBe(200);
    expect(await balanceOf(s, pro.userId)).toBe(1000);
    expect(tierOf(await subscriptionOf(s, basic.userId), new Date())).toBe('basic');
    expect(tierOf(await subscriptionOf(s, pro.userId), new Date())).toBe('pro');
    // A second subscription is refused before anything is created at Stripe.
    await expect(startCheckout(s.deps, { userId: basic.userId, offerId: 'sub:pro', language: 'en' })).rejects.toBeInstanceOf(DomainError);
  });

  it('each renewal grants the allowance once per period, however often its invoice is delivered', async () => {
    const { userId } = await newUser(s);
    const clockId = await subscribe(userId, 'basic');
    await advanceDays(s, clockId, 31);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(400);
    await advanceDays(s, clockId, 31);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(600);
    const customer = (await subscriptionOf(s, userId)).customerId;
    for (const paid of s.stripe.eventsOf('invoice.paid').filter((e) => e.data.object.customer === customer)) s.stripe.redeliver(paid.id, 2);
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(600);
    expect((await streamTypes(subscriptionStream(userId))).filter((t) => t === 'SubscriptionRenewed')).toHaveLength(2);
  });

  it('a failed renewal makes the subscription past due and tells the user in the bot, in their language', async () => {
    const { userId, telegramId } = await newUser(s, 'ru');
    const clockId = await subscribe(userId, 'pro', '4000000000000341');
    expect(await balanceOf(s, userId)).toBe(1000);
    await advanceDays(s, clockId, 31);
    await s.settle();
    const state = await subscriptionOf(s, userId);
    expect(state.status).toBe('past_due');
    expect(await balanceOf(s, userId)).toBe(1000);
    const notices = s.botApi.replies.filter((r) => r.method === 'sendMessage' && r.chatId === telegramId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/Не удалось продлить тариф Pro.*ещё 3 дня/s);
  });

  it('cancel at period end in the portal keeps the tier until the period ends, then it ends', async () => {
    const { userId } = await newUser(s);
    const clockId = await subscribe(userId, 'basic');
    const portal = await openBillingPortal(s.deps, userId, 'en');
    await usePortal(portal.url, { action: 'cancel' });
    await s.settle();
    const canceled = await subscriptionOf(s, userId);
    expect(canceled).toMatchObject({ status: 'canceled', cancelAtPeriodEnd: true });
    expect(tierOf(canceled, new Date())).toBe('basic');
    await advanceDays(s, clockId, 31);
    await s.settle();
    const ended = await subscriptionOf(s, userId);
    expect(ended.status).toBe('ended');
    expect(tierOf(ended, new Date())).toBe('free');
    expect(await balanceOf(s, userId)).toBe(200);
  });

  it('an upgrade basic → pro in the portal changes the tier', async () => {
    const { userId } = await newUser(s);
    await subscribe(userId, 'basic');
    const portal = await openBillingPortal(s.deps, userId, 'en');
    await usePortal(portal.url, { action: 'switch', price: 'price_pro' });
    await s.settle();
    const state = await subscriptionOf(s, userId);
    expect(state.tier).toBe('pro');
    expect(tierOf(state, new Date())).toBe('pro');
    expect((await streamTypes(subscriptionStream(userId))).filter((t) => t === 'SubscriptionPlanChanged')).toHaveLength(1);
  });

  it('a start and a renewal whose events arrive reversed (the renewal first) still grant each period once', async () => {
    const { userId } = await newUser(s);
    const { clockId } = await customerOnTestClock(s, userId);
    s.stripe.hold();
    const checkout = await startCheckout(s.deps, { userId, offerId: 'sub:basic', language: 'en' });
    await payOnHostedPage(checkout.url);
    await advanceDays(s, clockId, 31);
    s.stripe.release('reversed');
    await s.settle();
    expect(await balanceOf(s, userId)).toBe(400);
    expect(await streamTypes(subscriptionStream(userId))).toEqual(['SubscriptionStarted', 'SubscriptionRenewed']);
    expect(tierOf(await subscriptionOf(s, userId), new Date())).toBe('basic');
  });
});
