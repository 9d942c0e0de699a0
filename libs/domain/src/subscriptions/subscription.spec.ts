import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { specFor } from '../shared/decider-spec';
import { allowanceGrantOf, subscription, SubscriptionEvent, subscriptionStream, tierOf } from './subscription';

const spec = specFor(subscription);
const userId = 'u1';
const jan = { periodStart: '2027-01-01T00:00:00.000Z', periodEnd: '2027-01-31T00:00:00.000Z' };
const feb = { periodStart: '2027-01-31T00:00:00.000Z', periodEnd: '2027-03-02T00:00:00.000Z' };
const ref = { userId, provider: 'stripe', subscriptionId: 'sub_1' } as const;
const base = { commandId: 'c1', userId, subscriptionId: 'sub_1' };

const start = { ...base, type: 'StartSubscription', provider: 'stripe', tier: 'basic', grantKey: 'in_1', customerId: 'cus_1', ...jan } as const;
const started: SubscriptionEvent = {
  type: 'SubscriptionStarted',
  data: { ...ref, customerId: 'cus_1', tier: 'basic', ...jan, grantKey: 'in_1', allowance: 200 },
};
const renew = { ...base, type: 'RenewSubscription', grantKey: 'in_2', ...feb } as const;
const renewed: SubscriptionEvent = { type: 'SubscriptionRenewed', data: { ...ref, tier: 'basic', ...feb, grantKey: 'in_2', allowance: 200 } };
const pastDue: SubscriptionEvent = { type: 'SubscriptionPastDue', data: { ...ref, since: jan.periodEnd } };
const canceled = (atPeriodEnd: boolean, canceledAt = '2027-01-10T00:00:00.000Z'): SubscriptionEvent => ({
  type: 'SubscriptionCanceled',
  data: { ...ref, atPeriodEnd, canceledAt, effectiveAt: atPeriodEnd ? jan.periodEnd : canceledAt },
});
const ended: SubscriptionEvent = { type: 'SubscriptionEnded', data: { ...ref, endedAt: jan.periodEnd } };
const state = (...events: SubscriptionEvent[]) => fold(subscription, events);

describe('Subscription decider', () => {
  it('lives on one stream per user', () => expect(subscriptionStream('u1')).toBe('subscription-u1'));

  describe('StartSubscription', () => {
    it('starts with the tier, period and the allowance of the first paid period', () => spec().when(start).then([started]));
    it('a re-delivered start appends nothing', () => spec([started]).when({ ...start, commandId: 'c2' }).thenNothing());
    it('refuses a second active subscription on the other rail', () =>
      spec([started])
        .when({ ...start, subscriptionId: 'star_ch_1', provider: 'stars', grantKey: 'star_ch_1' })
        .thenThrows('payment_conflict', { reason: 'second_subscription', activeProvider: 'stripe' }));
    it('refuses a second one while the first is past due', () =>
      spec([started, pastDue]).when({ ...start, subscriptionId: 'sub_2', grantKey: 'in_9' }).thenThrows('payment_conflict'));
    it('a canceled subscription may be replaced on the other rail', () =>
      spec([started, canceled(true)])
        .when({ ...start, subscriptionId: 'star_ch_1', provider: 'stars', grantKey: 'star_ch_1', tier: 'pro' })
        .then([{ type: 'SubscriptionStarted', data: { userId, provider: 'stars', subscriptionId: 'star_ch_1', customerId: 'cus_1', tier: 'pro', ...jan, grantKey: 'star_ch_1', allowance: 1000, replaces: 'sub_1' } }]));
    it('rejects a free tier, an unknown rail and an empty period', () => {
      spec().when({ ...start, tier: 'free' as 'basic' }).thenThrows('invalid_command');
      spec().when({ ...start, provider: 'paypal' as 'stripe' }).thenThrows('invalid_command');
      spec().when({ ...start, periodEnd: jan.periodStart }).thenThrows('invalid_command');
    });
  });

  describe('RenewSubscription', () => {
    it('renews for the next period with its allowance', () => spec([started]).when(renew).then([renewed]));
    it('grants a period once: the same invoice again appends nothing', () => spec([started, renewed]).when(renew).thenNothing());
    it('grants a period once: the start invoice reported again as paid appends nothing', () =>
      spec([started]).when({ ...renew, grantKey: 'in_1', ...jan }).thenNothing());
    it('grants a period once: another key for a period already paid appends nothing', () =>
      spec([started, renewed]).when({ ...renew, grantKey: 'in_3' }).thenNothing());
    it('a renewal clears past due', () => {
      expect(state(started, pastDue, renewed).status).toBe('active');
      expect(state(started, pastDue, renewed).pastDueSince).toBeUndefined();
    });
    it('refuses an unknown subscription and an ended one', () => {
      spec([started]).when({ ...renew, subscriptionId: 'sub_x' }).thenThrows('invalid_command', { reason: 'subscription_not_found' });
      spec([started, ended]).when(renew).thenThrows('invalid_command', { reason: 'subscription_ended' });
    });
  });

  describe('past due, cancel, end, plan change', () => {
    it('goes past due once', () => {
      spec([started]).when({ ...base, type: 'MarkSubscriptionPastDue', since: jan.periodEnd }).then([pastDue]);
      spec([started, pastDue]).when({ ...base, type: 'MarkSubscriptionPastDue', since: jan.periodEnd }).thenNothing();
    });
    it('cancels at period end once; canceling now afterwards still counts', () => {
      const cancel = { ...base, type: 'CancelSubscription', atPeriodEnd: true, canceledAt: '2027-01-10T00:00:00.000Z' } as const;
      spec([started]).when(cancel).then([canceled(true)]);
      spec([started, canceled(true)]).when(cancel).thenNothing();
      spec([started, canceled(true)]).when({ ...cancel, atPeriodEnd: false }).then([canceled(false)]);
      spec([started, canceled(false)]).when(cancel).thenNothing();
    });
    it('resumes a cancellation at period end', () =>
      spec([started, canceled(true)])
        .when({ ...base, type: 'ResumeSubscription', resumedAt: '2027-01-11T00:00:00.000Z' })
        .then([{ type: 'SubscriptionResumed', data: { ...ref, resumedAt: '2027-01-11T00:00:00.000Z' } }]));
    it('ends once', () => {
      spec([started]).when({ ...base, type: 'EndSubscription', endedAt: jan.periodEnd }).then([ended]);
      spec([started, ended]).when({ ...base, type: 'EndSubscription', endedAt: jan.periodEnd }).thenNothing();
    });
    it('news about an earlier subscription, delivered late, changes nothing', () => {
      const replaced = { type: 'SubscriptionStarted', data: { userId, provider: 'stars', subscriptionId: 'star_1', tier: 'pro', ...feb, grantKey: 'star_1', allowance: 1000, replaces: 'sub_1' } } as const;
      spec([started, canceled(true), replaced]).when({ ...base, type: 'EndSubscription', endedAt: jan.periodEnd }).thenNothing();
      spec([started, canceled(true), replaced]).when(renew).thenNothing();
    });
    it('takes an upgrade as the provider reports it, once', () => {
      const change = { ...base, type: 'ChangeSubscriptionPlan', tier: 'pro', effectiveAt: '2027-01-15T00:00:00.000Z' } as const;
      const changed: SubscriptionEvent = { type: 'SubscriptionPlanChanged', data: { ...ref, from: 'basic', to: 'pro', direction: 'upgrade', effectiveAt: change.effectiveAt } };
      spec([started]).when(change).then([changed]);
      spec([started, changed]).when(change).thenNothing();
      expect(state(started, changed).tier).toBe('pro');
    });
  });

  describe('tierOf', () => {
    const mid = '2027-01-15T00:00:00.000Z';
    const afterEnd = (days: number) => new Date(Date.parse(jan.periodEnd) + days * 86_400_000 - 1).toISOString();
    it('no subscription → free', () => expect(tierOf(state(), mid, 3)).toBe('free'));
    it('active → its tier', () => expect(tierOf(state(started), mid, 3)).toBe('basic'));
    it('active with no renewal reported → free once the period and the grace are over', () => {
      expect(tierOf(state(started), afterEnd(3), 3)).toBe('basic');
      expect(tierOf(state(started), afterEnd(3.001), 3)).toBe('free');
    });
    it('past due → the tier for the grace days, then free', () => {
      expect(tierOf(state(started, pastDue), afterEnd(3), 3)).toBe('basic');
      expect(tierOf(state(started, pastDue), afterEnd(3.001), 3)).toBe('free');
      expect(tierOf(state(started, pastDue), afterEnd(0.5), 0)).toBe('free');
    });
    it('canceled at period end → the tier until the period ends, then free', () => {
      expect(tierOf(state(started, canceled(true)), afterEnd(0), 3)).toBe('basic');
      expect(tierOf(state(started, canceled(true)), jan.periodEnd, 3)).toBe('free');
    });
    it('canceled now or ended → free', () => {
      expect(tierOf(state(started, canceled(false)), mid, 3)).toBe('free');
      expect(tierOf(state(started, ended), mid, 3)).toBe('free');
    });
  });

  describe('allowance grants', () => {
    it('the start and each renewal grant the allowance under the paying invoice', () => {
      expect(allowanceGrantOf(started)).toEqual({ userId, amount: 200, grantKey: 'allowance:in_1', tier: 'basic' });
      expect(allowanceGrantOf(renewed)).toEqual({ userId, amount: 200, grantKey: 'allowance:in_2', tier: 'basic' });
    });
    it('nothing else grants', () => {
      for (const e of [pastDue, canceled(true), ended]) expect(allowanceGrantOf(e)).toBeUndefined();
    });
  });
});
