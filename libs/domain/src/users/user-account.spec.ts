import { describe, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { userAccount } from './user-account';

const spec = specFor(userAccount);
const register = { type: 'RegisterUser', commandId: 'c1', userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' } } as const;

describe('UserAccount decider', () => {
  it('registers a user', () =>
    spec().when(register).then([{ type: 'UserRegistered', data: { userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' } } }]));
  it('records the referrer', () =>
    spec()
      .when({ ...register, referredBy: 'u0' })
      .then([{ type: 'UserRegistered', data: { userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' }, referredBy: 'u0' } }]));
  it('registering again changes nothing', () =>
    spec([{ type: 'UserRegistered', data: { userId: 'u1', profile: { displayName: 'Ada' } } }]).when(register).thenNothing());
  it('needs a display name', () => spec().when({ ...register, profile: { displayName: ' ' } }).thenThrows('invalid_command'));
  it('rejects a malformed telegram id', () => spec().when({ ...register, telegramId: -5 }).thenThrows('invalid_command'));

  describe('referrals', () => {
    const registered = (referredBy?: string) =>
      ({ type: 'UserRegistered', data: { userId: 'u1', profile: { displayName: 'Ada' }, ...(referredBy ? { referredBy } : {}) } }) as const;
    const refused = (referrerId: string, reason: 'self_referral' | 'already_registered' | 'second_referrer') =>
      ({ type: 'ReferralRefused', data: { userId: 'u1', referrerId, reason } }) as const;
    const claim = (referrerId: string) => ({ type: 'ClaimReferral', commandId: 'c2', userId: 'u1', referrerId }) as const;
    it('a self-referral at sign-up registers without a referrer and records the refusal', () =>
      spec()
        .when({ ...register, referredBy: 'u1' })
        .then([
          { type: 'UserRegistered', data: { userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' } } },
          refused('u1', 'self_referral'),
        ]));
    it('a referral link opened by an existing account is refused as already registered', () =>
      spec([registered()]).when(claim('u0')).then([refused('u0', 'already_registered')]));
    it('a second referrer is refused', () => spec([registered('u0')]).when(claim('u9')).then([refused('u9', 'second_referrer')]));
    it('a self-referral later is refused as such', () => spec([registered()]).when(claim('u1')).then([refused('u1', 'self_referral')]));
    it('the same referrer again, or a refusal repeated, appends nothing', () => {
      spec([registered('u0')]).when(claim('u0')).thenNothing();
      spec([registered(), refused('u0', 'already_registered')]).when(claim('u0')).thenNothing();
    });
    it('a claim needs an account', () => spec().when(claim('u0')).thenThrows('user_not_found'));

    const pay = (paymentId: string) => ({ type: 'RecordFirstPayment', commandId: `p-${paymentId}`, userId: 'u1', paymentId, paidAt: '2027-01-01T00:00:00.000Z' }) as const;
    const firstPaid = { type: 'FirstPaymentRecorded', data: { userId: 'u1', paymentId: 'stars:1', paidAt: '2027-01-01T00:00:00.000Z', referredBy: 'u0' } } as const;
    it('records the first payment with the referrer', () => spec([registered('u0')]).when(pay('stars:1')).then([firstPaid]));
    it('records only the first payment', () => spec([registered('u0'), firstPaid]).when(pay('stars:2')).thenNothing());
  });
});
