import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { requireIsoDate, requireNonEmpty } from '../shared/guards';
import { normalizeText } from '../shared/text';
import type { Language } from '../tarot/card';
import type { DeckChoice } from '../tarot/draw';
import { isTier, Tier } from '../tiers';

/** One stream per account: `user-<userId>`. */
export const userStream = (userId: string): string => `user-${userId}`;

export interface UserProfile {
  displayName: string;
  username?: string;
  languageCode?: string;
}

export interface Preferences {
  language: Language;
  reversals: boolean;
  deck: DeckChoice;
}

/** Defaults for a new user: their Telegram language if we speak it, reversals on, the full deck. */
export function defaultPreferences(languageCode?: string): Preferences {
  return { language: languageCode?.toLowerCase().startsWith('ru') ? 'ru' : 'en', reversals: true, deck: 'full' };
}

/** Schema version 2: v1 stored the profile fields flat (see upcasters). */
export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; telegramId?: number; profile: UserProfile; referredBy?: string; referralCode?: string }
>;
export type UserPreferencesChanged = DomainEvent<'UserPreferencesChanged', { userId: string } & Partial<Preferences>>;

/** Who changed the tier: an admin (with a reason) now; subscriptions will too. */
export type UserTierChanged = DomainEvent<'UserTierChanged', { userId: string; tier: Tier; previous: Tier; source: 'admin' | 'subscription'; reason: string }>;

/** Why a referral did not count: referring oneself, an account that existed before the link, or a second referrer. */
export type ReferralRefusalReason = 'self_referral' | 'already_registered' | 'second_referrer';
export const REFERRAL_REFUSAL_REASONS = ['self_referral', 'already_registered', 'second_referrer'] as const satisfies readonly ReferralRefusalReason[];
/** A referral that will never be rewarded, recorded so support can tell the user why. */
export type ReferralRefused = DomainEvent<'ReferralRefused', { userId: string; referrerId: string; reason: ReferralRefusalReason }>;
/** The account's first succeeded payment (once): what referral rewards follow from. */
export type FirstPaymentRecorded = DomainEvent<'FirstPaymentRecorded', { userId: string; paymentId: string; paidAt: string; referredBy?: string }>;

export type UserAccountEvent = UserRegistered | UserPreferencesChanged | UserTierChanged | ReferralRefused | FirstPaymentRecorded;
export const USER_ACCOUNT_EVENT_TYPES = [
  'UserRegistered',
  'UserPreferencesChanged',
  'UserTierChanged',
  'ReferralRefused',
  'FirstPaymentRecorded',
] as const satisfies readonly UserAccountEvent['type'][];

export interface RegisterUser {
  type: 'RegisterUser';
  commandId: string;
  userId: string;
  telegramId?: number;
  profile: UserProfile;
  referredBy?: string;
  referralCode?: string;
}
export interface ChangePreferences {
  type: 'ChangePreferences';
  commandId: string;
  userId: string;
  changes: Partial<Preferences>;
}
export interface ChangeTier {
  type: 'ChangeTier';
  commandId: string;
  userId: string;
  tier: Tier;
  source: 'admin' | 'subscription';
  reason: string;
}
/** A referral link opened by an account that already exists: never rewarded, but recorded with the reason. */
export interface ClaimReferral {
  type: 'ClaimReferral';
  commandId: string;
  userId: string;
  referrerId: string;
}
/** Issued for every succeeded payment of the account; only the first is recorded. */
export interface RecordFirstPayment {
  type: 'RecordFirstPayment';
  commandId: string;
  userId: string;
  paymentId: string;
  paidAt: string;
}
export type UserAccountCommand = RegisterUser | ChangePreferences | ChangeTier | ClaimReferral | RecordFirstPayment;

export interface UserAccountState {
  registered: boolean;
  telegramId?: number;
  profile?: UserProfile;
  referralCode?: string;
  preferences: Preferences;
  tier: Tier;
  referredBy?: string;
  /** Referrers already refused, so a repeated link records its refusal once. */
  refusedReferrers: Set<string>;
  firstPaymentId?: string;
}

function decide(command: UserAccountCommand, state: UserAccountState): UserAccountEvent[] {
  requireNonEmpty(command.userId, 'userId', 200);
  if (command.type === 'ChangePreferences') return changePreferences(command, state);
  if (command.type === 'ChangeTier') return changeTier(command, state);
  if (command.type === 'ClaimReferral') return claimReferral(command, state);
  if (command.type === 'RecordFirstPayment') return recordFirstPayment(command, state);
  const displayName = requireNonEmpty(command.profile?.displayName, 'profile.displayName', 200);
  if (command.telegramId !== undefined && (!Number.isSafeInteger(command.telegramId) || command.telegramId <= 0)) {
    throw invalid('telegramId must be a positive integer', { telegramId: command.telegramId });
  }
  // Registering twice is a no-op, so a repeated /start or a retried sign-up changes nothing.
  if (state.registered) return [];
  const username = normalizeText(command.profile.username ?? '', { multiline: false }).slice(0, 100);
  const languageCode = normalizeText(command.profile.languageCode ?? '', { multiline: false }).slice(0, 35);
  const selfReferral = command.referredBy !== undefined && command.referredBy === command.userId;
  return [
    {
      type: 'UserRegistered',
      data: {
        userId: command.userId,
        ...(command.telegramId !== undefined ? { telegramId: command.telegramId } : {}),
        profile: { displayName, ...(username ? { username } : {}), ...(languageCode ? { languageCode } : {}) },
        ...(command.referredBy && command.referredBy !== command.userId ? { referredBy: command.referredBy } : {}),
        ...(command.referralCode ? { referralCode: command.referralCode } : {}),
      },
    },
    ...(selfReferral ? [refused(command.userId, command.userId, 'self_referral')] : []),
  ];
}

const refused = (userId: string, referrerId: string, reason: ReferralRefusalReason): ReferralRefused => ({
  type: 'ReferralRefused',
  data: { userId, referrerId, reason },
});

/** Referral links count at sign-up only; later ones are refused with the reason, once per referrer. */
function claimReferral(command: ClaimReferral, state: UserAccountState): UserAccountEvent[] {
  const referrerId = requireNonEmpty(command.referrerId, 'referrerId', 200);
  if (!state.registered) throw new DomainError('user_not_found', 'no such user', { userId: command.userId });
  if (state.referredBy === referrerId || state.refusedReferrers.has(referrerId)) return [];
  const reason: ReferralRefusalReason =
    referrerId === command.userId ? 'self_referral' : state.referredBy ? 'second_referrer' : 'already_registered';
  return [refused(command.userId, referrerId, reason)];
}

function recordFirstPayment(command: RecordFirstPayment, state: UserAccountState): UserAccountEvent[] {
  const paymentId = requireNonEmpty(command.paymentId, 'paymentId', 255);
  requireIsoDate(command.paidAt, 'paidAt');
  if (!state.registered) throw new DomainError('user_not_found', 'no such user', { userId: command.userId });
  if (state.firstPaymentId !== undefined) return [];
  return [
    {
      type: 'FirstPaymentRecorded',
      data: {
        userId: command.userId,
        paymentId,
        paidAt: new Date(command.paidAt).toISOString(),
        ...(state.referredBy ? { referredBy: state.referredBy } : {}),
      },
    },
  ];
}

function changePreferences(command: ChangePreferences, state: UserAccountState): UserAccountEvent[] {
  if (!state.registered) throw new DomainError('user_not_found', 'register first');
  const { language, reversals, deck } = command.changes;
  if (language !== undefined && language !== 'en' && language !== 'ru') throw invalid('language must be en or ru');
  if (reversals !== undefined && typeof reversals !== 'boolean') throw invalid('reversals must be true or false');
  if (deck !== undefined && deck !== 'full' && deck !== 'major') throw invalid('deck must be full or major');
  const changed: Partial<Preferences> = {};
  if (language !== undefined && language !== state.preferences.language) changed.language = language;
  if (reversals !== undefined && reversals !== state.preferences.reversals) changed.reversals = reversals;
  if (deck !== undefined && deck !== state.preferences.deck) changed.deck = deck;
  if (Object.keys(changed).length === 0) return [];
  return [{ type: 'UserPreferencesChanged', data: { userId: command.userId, ...changed } }];
}

function changeTier(command: ChangeTier, state: UserAccountState): UserAccountEvent[] {
  if (!state.registered) throw new DomainError('user_not_found', 'no such user', { userId: command.userId });
  if (!isTier(command.tier)) throw invalid('tier must be free, basic or pro', { tier: command.tier });
  const reason = normalizeText(command.reason ?? '');
  if (!reason) throw new DomainError('reason_required', 'a reason is required to change a tier');
  if (command.tier === state.tier) return [];
  return [{ type: 'UserTierChanged', data: { userId: command.userId, tier: command.tier, previous: state.tier, source: command.source, reason: reason.slice(0, 500) } }];
}

function evolve(state: UserAccountState, event: UserAccountEvent): UserAccountState {
  switch (event.type) {
    case 'UserRegistered':
      return {
        registered: true,
        telegramId: event.data.telegramId,
        profile: event.data.profile,
        referralCode: event.data.referralCode,
        preferences: defaultPreferences(event.data.profile.languageCode),
        tier: 'free',
        referredBy: event.data.referredBy,
        refusedReferrers: new Set(state.refusedReferrers),
      };
    case 'UserPreferencesChanged': {
      const { userId: _userId, ...changes } = event.data;
      return { ...state, preferences: { ...state.preferences, ...changes } };
    }
    case 'UserTierChanged':
      return { ...state, tier: event.data.tier };
    case 'ReferralRefused':
      return { ...state, refusedReferrers: new Set([...state.refusedReferrers, event.data.referrerId]) };
    case 'FirstPaymentRecorded':
      return { ...state, firstPaymentId: event.data.paymentId };
  }
}

export const userAccount: Decider<UserAccountCommand, UserAccountEvent, UserAccountState> = {
  name: 'UserAccount',
  initialState: () => ({ registered: false, preferences: defaultPreferences(), tier: 'free', refusedReferrers: new Set() }),
  evolve,
  decide,
};
