import type { DisputeClosed, PaymentRefunded, PaymentSucceeded } from '../payments/payment';
import type { FirstPaymentRecorded, RecordFirstPayment } from '../users/user-account';

/**
 * Referral rules (product.md): when the referee's first payment succeeds, the referrer gets 50
 * credits and the referee 20, once per pair. Which payment was first is decided on the referee's
 * user stream (`RecordFirstPayment` → `FirstPaymentRecorded`, once); refusals (self-referral, an
 * existing account, a second referrer) are `ReferralRefused` events there too.
 */
export interface ReferralPolicy {
  referrerCredits: number;
  refereeCredits: number;
  /**
   * Whether a first payment refunded in full (or lost in a dispute) takes the rewards back.
   * Off by default: the reward pays for bringing a customer, and a refund does not undo that.
   */
  clawBackOnRefund: boolean;
}
export const DEFAULT_REFERRAL_POLICY: ReferralPolicy = { referrerCredits: 50, refereeCredits: 20, clawBackOnRefund: false };

export type ReferralSide = 'referrer' | 'referee';

/** One ledger grant key per side of a pair; distinct, so the two grants never shadow each other. */
export function referralGrantKeys(referrerId: string, refereeId: string): Record<ReferralSide, string> {
  const pair = `referral:${referrerId}:${refereeId}`;
  return { referrer: `${pair}:referrer`, referee: `${pair}:referee` };
}

/** A `GrantCredits` (source `referral`) to issue on the named user's ledger. */
export interface ReferralGrant {
  side: ReferralSide;
  userId: string;
  amount: number;
  grantKey: string;
  reason: string;
}

/** The user-stream command a succeeded payment leads to (only a succeeded one: a mismatch is no payment). */
export function firstPaymentCommandOf(event: PaymentSucceeded): RecordFirstPayment {
  return {
    type: 'RecordFirstPayment',
    commandId: `first-payment:${event.data.userId}:${event.data.paymentId}`,
    userId: event.data.userId,
    paymentId: event.data.paymentId,
    paidAt: event.data.paidAt,
  };
}

/** The two grants a referee's first payment earns; none without a (valid) referrer. */
export function referralRewardsOf(event: FirstPaymentRecorded, policy: ReferralPolicy = DEFAULT_REFERRAL_POLICY): ReferralGrant[] {
  const { referredBy: referrerId, userId: refereeId, paymentId } = event.data;
  if (!referrerId || referrerId === refereeId) return [];
  const keys = referralGrantKeys(referrerId, refereeId);
  const reason = `referral: first payment ${paymentId}`;
  const grants: ReferralGrant[] = [
    { side: 'referrer', userId: referrerId, amount: policy.referrerCredits, grantKey: keys.referrer, reason },
    { side: 'referee', userId: refereeId, amount: policy.refereeCredits, grantKey: keys.referee, reason },
  ];
  return grants.filter((g) => g.amount > 0);
}

/** Whether a payment event takes the whole payment back: a full refund, or a lost dispute. */
export function isFullReversal(event: PaymentRefunded | DisputeClosed): boolean {
  return event.type === 'PaymentRefunded' ? event.data.full : event.data.outcome === 'lost';
}

/** A `RefundCredits` (with `grantKey`) to issue on the named user's ledger. */
export interface ReferralClawback {
  side: ReferralSide;
  userId: string;
  paymentId: string;
  grantKey: string;
}

/**
 * The rewards to take back when a payment is reversed: only when the policy says so, only for the
 * first payment that earned them, and only when the whole payment was reversed.
 */
export function referralClawbacksOf(
  first: FirstPaymentRecorded,
  reversal: PaymentRefunded | DisputeClosed,
  policy: ReferralPolicy = DEFAULT_REFERRAL_POLICY,
): ReferralClawback[] {
  if (!policy.clawBackOnRefund || reversal.data.paymentId !== first.data.paymentId || !isFullReversal(reversal)) return [];
  return referralRewardsOf(first, policy).map((g) => ({ side: g.side, userId: g.userId, paymentId: first.data.paymentId, grantKey: g.grantKey }));
}
