import { Tier, TIERS } from '../tiers';
import { DEFAULT_GRACE_DAYS, SubscriptionState, tierOf } from './subscription';

/** The tier a user has now and where it comes from. */
export interface TierInForce {
  tier: Tier;
  /** Which side gave it: the admin-set tier, the subscription, or neither (free). */
  source: 'admin' | 'subscription' | 'free';
  /** The tier set on the account (`ChangeTier`, by an admin with a reason). */
  accountTier: Tier;
  /** What the subscription gives at that moment (`tierOf`). */
  subscriptionTier: Tier;
}

const rank = (tier: Tier) => TIERS.indexOf(tier);

/**
 * The tier in force: the higher of the tier set on the account (an admin's override) and the one
 * the subscription gives at `now` (active, past due within the grace days, canceled until the
 * period end). Neither side can lower the other: an admin who lifts a subscriber to pro sees it
 * last beyond the subscription, and a paid subscription is never taken away by an old admin tier.
 * To take a tier away from a subscriber, the subscription itself is canceled.
 */
export function tierInForceOf(accountTier: Tier, subscription: SubscriptionState, now: Date | string, graceDays = DEFAULT_GRACE_DAYS): TierInForce {
  const subscriptionTier = tierOf(subscription, now, graceDays);
  const fromSubscription = rank(subscriptionTier) > rank(accountTier);
  const tier = fromSubscription ? subscriptionTier : accountTier;
  const source = tier === 'free' ? 'free' : fromSubscription ? 'subscription' : 'admin';
  return { tier, source, accountTier, subscriptionTier };
}
