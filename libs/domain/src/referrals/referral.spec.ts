import { describe, expect, it } from 'vitest';
import type { DisputeClosed, PaymentRefunded, PaymentSucceeded } from '../payments/payment';
import type { FirstPaymentRecorded } from '../users/user-account';
import { DEFAULT_REFERRAL_POLICY, firstPaymentCommandOf, referralClawbacksOf, referralGrantKeys, referralRewardsOf } from './referral';

const first: FirstPaymentRecorded = { type: 'FirstPaymentRecorded', data: { userId: 'bob', paymentId: 'stars:ch_1', paidAt: '2027-01-01T00:00:00.000Z', referredBy: 'ann' } };
const refund = (full: boolean, paymentId = 'stars:ch_1'): PaymentRefunded => ({
  type: 'PaymentRefunded',
  data: { paymentId, userId: 'bob', refundId: 'stars:ch_1', amountMinor: 150, currency: 'XTR', refundedTotalMinor: 150, full, creditsToClawBack: 50, refundedAt: '2027-01-02T00:00:00.000Z' },
});
const lost: DisputeClosed = { type: 'DisputeClosed', data: { paymentId: 'stars:ch_1', userId: 'bob', disputeId: 'dp', outcome: 'lost', creditsToClawBack: 50, closedAt: '2027-01-03T00:00:00.000Z' } };
const withClawback = { ...DEFAULT_REFERRAL_POLICY, clawBackOnRefund: true };

describe('referral rules', () => {
  it('the first payment rewards the referrer with 50 and the referee with 20, under distinct keys per pair', () => {
    expect(referralRewardsOf(first)).toEqual([
      { side: 'referrer', userId: 'ann', amount: 50, grantKey: 'referral:ann:bob:referrer', reason: 'referral: first payment stars:ch_1' },
      { side: 'referee', userId: 'bob', amount: 20, grantKey: 'referral:ann:bob:referee', reason: 'referral: first payment stars:ch_1' },
    ]);
    const keys = referralGrantKeys('ann', 'bob');
    expect(keys.referrer).not.toBe(keys.referee);
  });
  it('no referrer (or oneself) → no reward', () => {
    expect(referralRewardsOf({ ...first, data: { ...first.data, referredBy: undefined } })).toEqual([]);
    expect(referralRewardsOf({ ...first, data: { ...first.data, referredBy: 'bob' } })).toEqual([]);
  });
  it('a refunded first payment keeps the rewards by default', () => {
    expect(referralClawbacksOf(first, refund(true))).toEqual([]);
    expect(referralClawbacksOf(first, lost)).toEqual([]);
  });
  it('with the clawback setting on, a full reversal of the first payment takes both rewards back', () => {
    const expected = [
      { side: 'referrer', userId: 'ann', paymentId: 'stars:ch_1', grantKey: 'referral:ann:bob:referrer' },
      { side: 'referee', userId: 'bob', paymentId: 'stars:ch_1', grantKey: 'referral:ann:bob:referee' },
    ];
    expect(referralClawbacksOf(first, refund(true), withClawback)).toEqual(expected);
    expect(referralClawbacksOf(first, lost, withClawback)).toEqual(expected);
  });
  it('with the setting on, a partial refund or another payment takes nothing back', () => {
    expect(referralClawbacksOf(first, refund(false), withClawback)).toEqual([]);
    expect(referralClawbacksOf(first, refund(true, 'stars:ch_2'), withClawback)).toEqual([]);
  });
  it('a succeeded payment leads to a RecordFirstPayment keyed on the payment', () => {
    const paid = { type: 'PaymentSucceeded', data: { paymentId: 'stars:ch_1', userId: 'bob', paidAt: '2027-01-01T00:00:00.000Z' } } as PaymentSucceeded;
    expect(firstPaymentCommandOf(paid)).toEqual({ type: 'RecordFirstPayment', commandId: 'first-payment:bob:stars:ch_1', userId: 'bob', paymentId: 'stars:ch_1', paidAt: '2027-01-01T00:00:00.000Z' });
  });
});
