import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { subscription, SubscriptionEvent } from './subscription';
import { tierInForceOf } from './tier-in-force';

const ref = { userId: 'u1', provider: 'stripe', subscriptionId: 'sub_1' } as const;
const jan = { periodStart: '2027-01-01T00:00:00.000Z', periodEnd: '2027-01-31T00:00:00.000Z' };
const started = (tier: 'basic' | 'pro'): SubscriptionEvent => ({ type: 'SubscriptionStarted', data: { ...ref, tier, ...jan, grantKey: 'in_1', allowance: 200 } });
const pastDue: SubscriptionEvent = { type: 'SubscriptionPastDue', data: { ...ref, since: jan.periodEnd } };
const canceledAtEnd: SubscriptionEvent = { type: 'SubscriptionCanceled', data: { ...ref, atPeriodEnd: true, canceledAt: '2027-01-10T00:00:00.000Z', effectiveAt: jan.periodEnd } };
const given = (...events: SubscriptionEvent[]) => fold(subscription, events);
const none = given();
const mid = '2027-01-15T00:00:00.000Z';

describe('tier in force: the higher of the account tier and the subscription', () => {
  it('no subscription and no admin tier: free', () => expect(tierInForceOf('free', none, mid)).toEqual({ tier: 'free', source: 'free', accountTier: 'free', subscriptionTier: 'free' }));
  it('an admin tier alone is in force, shown as the admin’s', () =>
    expect(tierInForceOf('pro', none, mid)).toEqual({ tier: 'pro', source: 'admin', accountTier: 'pro', subscriptionTier: 'free' }));
  it('an active subscription lifts a free account', () =>
    expect(tierInForceOf('free', given(started('basic')), mid)).toMatchObject({ tier: 'basic', source: 'subscription', subscriptionTier: 'basic' }));
  it('the higher wins either way: admin pro over basic subscription, pro subscription over admin basic', () => {
    expect(tierInForceOf('pro', given(started('basic')), mid)).toMatchObject({ tier: 'pro', source: 'admin' });
    expect(tierInForceOf('basic', given(started('pro')), mid)).toMatchObject({ tier: 'pro', source: 'subscription' });
  });
  it('equal tiers: the admin’s (it outlasts the subscription)', () => expect(tierInForceOf('basic', given(started('basic')), mid)).toMatchObject({ tier: 'basic', source: 'admin' }));
  it('past due: kept for the grace days, then the account tier', () => {
    const s = given(started('pro'), pastDue);
    expect(tierInForceOf('free', s, '2027-02-02T23:59:59.000Z', 3).tier).toBe('pro');
    expect(tierInForceOf('free', s, '2027-02-03T00:00:00.000Z', 3).tier).toBe('free');
    expect(tierInForceOf('basic', s, '2027-02-03T00:00:00.000Z', 3)).toMatchObject({ tier: 'basic', source: 'admin' });
    expect(tierInForceOf('free', s, '2027-02-01T00:00:00.000Z', 0).tier).toBe('free');
  });
  it('canceled at period end: the tier until the period ends', () => {
    const s = given(started('basic'), canceledAtEnd);
    expect(tierInForceOf('free', s, '2027-01-30T23:59:59.000Z').tier).toBe('basic');
    expect(tierInForceOf('free', s, jan.periodEnd).tier).toBe('free');
  });
});
