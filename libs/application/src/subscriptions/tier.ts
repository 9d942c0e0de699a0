import { DEFAULT_GRACE_DAYS, subscription, subscriptionStream, Tier, TierInForce, tierInForceOf, TierLimits, userAccount, userStream } from '@app/domain';
import type { AggregateRunner } from '@app/infrastructure';

export interface TierInForceDeps {
  runner: AggregateRunner;
  limits: Record<Tier, TierLimits>;
  /** `SUBSCRIPTION_GRACE_DAYS`: how long a past-due subscription keeps its tier. */
  graceDays?: number;
  /** The clock the subscription's periods are read against (tests pass their own). */
  now?: () => Date;
}

/**
 * The tier in force now and its limits, read where a decision gates, charges or sets priority:
 * the account (the admin-set tier) and the subscription stream, both brought up to date, so a
 * tier an admin set or a subscription the provider reported a moment ago counts at once. The rule
 * combining them is the domain's `tierInForceOf`.
 */
export async function tierInForce(deps: TierInForceDeps, userId: string): Promise<TierInForce & { limits: TierLimits }> {
  const [account, sub] = await Promise.all([deps.runner.state(userAccount, userStream(userId)), deps.runner.state(subscription, subscriptionStream(userId))]);
  const now = deps.now?.() ?? new Date();
  const inForce = tierInForceOf(account.state.tier, sub.state, now, deps.graceDays ?? DEFAULT_GRACE_DAYS);
  return { ...inForce, limits: deps.limits[inForce.tier] };
}
