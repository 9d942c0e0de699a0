import type { Pool } from 'pg';
import { iso } from './rows';

/** A user's current subscription as the read model has it. */
export interface SubscriptionView {
  userId: string;
  provider: 'stripe' | 'stars';
  /** Stripe `sub_…`; for Stars, the first charge id (what cancelling it takes). */
  subscriptionId: string;
  customerId: string | null;
  tier: 'basic' | 'pro';
  status: 'active' | 'past_due' | 'canceled' | 'ended';
  currentPeriodStart: string;
  currentPeriodEnd: string;
  cancelAtPeriodEnd: boolean;
  pastDueSince: string | null;
  canceledAt: string | null;
  endedAt: string | null;
  startedAt: string;
  updatedAt: string;
}

const orNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** Queries on the `subscriptions` read model (subscriptions.projection.ts); the only code that reads it. */
export class SubscriptionQueries {
  constructor(private readonly pool: Pool) {}

  async subscription(userId: string): Promise<SubscriptionView | undefined> {
    const { rows } = await this.pool.query(`SELECT * FROM subscriptions WHERE user_id = $1`, [userId]);
    const r = rows[0];
    if (!r) return undefined;
    return {
      userId: r.user_id,
      provider: r.provider,
      subscriptionId: r.subscription_id,
      customerId: r.customer_id,
      tier: r.tier,
      status: r.status,
      currentPeriodStart: iso(r.current_period_start),
      currentPeriodEnd: iso(r.current_period_end),
      cancelAtPeriodEnd: r.cancel_at_period_end,
      pastDueSince: orNull(r.past_due_since),
      canceledAt: orNull(r.canceled_at),
      endedAt: orNull(r.ended_at),
      startedAt: iso(r.started_at),
      updatedAt: iso(r.updated_at),
    };
  }
}
