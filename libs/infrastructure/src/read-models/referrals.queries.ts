import type { ReferralRefusalReason } from '@app/domain';
import type { Pool } from 'pg';
import { iso } from './rows';

/** One person a referrer invited. */
export interface ReferralView {
  refereeId: string;
  referrerId: string;
  joinedAt: string | null;
  firstPaymentId: string | null;
  firstPaidAt: string | null;
  /** Credits the referrer kept for this referee: granted less any clawback. */
  referrerCredits: number;
  refereeCredits: number;
}

/** What /referrals shows: people invited, how many of them paid, credits earned. */
export interface ReferralStatsView {
  invited: number;
  paid: number;
  creditsEarned: number;
}

export interface ReferralRefusalView {
  refereeId: string;
  referrerId: string;
  reason: ReferralRefusalReason;
  refusedAt: string;
}

const orNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** Queries on the `referrals` and `referral_refusals` read models (referrals.projection.ts); the only code that reads them. */
export class ReferralQueries {
  constructor(private readonly pool: Pool) {}

  async referralStats(referrerId: string): Promise<ReferralStatsView> {
    const { rows } = await this.pool.query(
      `SELECT count(*) FILTER (WHERE joined_at IS NOT NULL)::int AS invited,
              count(first_paid_at)::int AS paid,
              coalesce(sum(greatest(referrer_credits - referrer_clawed_back, 0)), 0)::int AS credits_earned
         FROM referrals WHERE referrer_id = $1`,
      [referrerId],
    );
    return { invited: rows[0].invited, paid: rows[0].paid, creditsEarned: rows[0].credits_earned };
  }

  /** The people a referrer invited, newest first; `offset` pages back. */
  async referrals(referrerId: string, options: { limit: number; offset?: number }): Promise<ReferralView[]> {
    const { rows } = await this.pool.query(
      `SELECT * FROM referrals WHERE referrer_id = $1 ORDER BY joined_at DESC NULLS LAST, joined_position DESC NULLS LAST, referee_id LIMIT $2 OFFSET $3`,
      [referrerId, options.limit, options.offset ?? 0],
    );
    return rows.map((r) => ({
      refereeId: r.referee_id,
      referrerId: r.referrer_id,
      joinedAt: orNull(r.joined_at),
      firstPaymentId: r.first_payment_id,
      firstPaidAt: orNull(r.first_paid_at),
      referrerCredits: Math.max(0, r.referrer_credits - r.referrer_clawed_back),
      refereeCredits: Math.max(0, r.referee_credits - r.referee_clawed_back),
    }));
  }

  /** Refused referrals of a referee, or of a referrer, oldest first. */
  async refusedReferrals(filter: { refereeId: string } | { referrerId: string }): Promise<ReferralRefusalView[]> {
    const byReferee = 'refereeId' in filter;
    const { rows } = await this.pool.query(
      `SELECT * FROM referral_refusals WHERE ${byReferee ? 'referee_id' : 'referrer_id'} = $1 ORDER BY refused_at, referrer_id LIMIT 100`,
      [byReferee ? filter.refereeId : filter.referrerId],
    );
    return rows.map((r) => ({ refereeId: r.referee_id, referrerId: r.referrer_id, reason: r.reason, refusedAt: iso(r.refused_at) }));
  }
}
