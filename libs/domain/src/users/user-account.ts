import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { requireNonEmpty } from '../shared/guards';
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

export type UserAccountEvent = UserRegistered | UserPreferencesChanged | UserTierChanged;
export const USER_ACCOUNT_EVENT_TYPES = ['UserRegistered', 'UserPreferencesChanged', 'UserTierChanged'] as const satisfies readonly UserAccountEvent['type'][];

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
export type UserAccountCommand = RegisterUser | ChangePreferences | ChangeTier;

export interface UserAccountState {
  registered: boolean;
  telegramId?: number;
  profile?: UserProfile;
  referralCode?: string;
  preferences: Preferences;
  tier: Tier;
}

function decide(command: UserAccountCommand, state: UserAccountState): UserAccountEvent[] {
  requireNonEmpty(command.userId, 'userId', 200);
  if (command.type === 'ChangePreferences') return changePreferences(command, state);
  if (command.type === 'ChangeTier') return changeTier(command, state);
  const displayName = requireNonEmpty(command.profile?.displayName, 'profile.displayName', 200);
  if (command.telegramId !== undefined && (!Number.isSafeInteger(command.telegramId) || command.telegramId <= 0)) {
    throw invalid('telegramId must be a positive integer', { telegramId: command.telegramId });
  }
  // Registering twice is a no-op, so a repeated /start or a retried sign-up changes nothing.
  if (state.registered) return [];
  const username = normalizeText(command.profile.username ?? '', { multiline: false }).slice(0, 100);
  const languageCode = normalizeText(command.profile.languageCode ?? '', { multiline: false }).slice(0, 35);
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
      };
    case 'UserPreferencesChanged': {
      const { userId: _userId, ...changes } = event.data;
      return { ...state, preferences: { ...state.preferences, ...changes } };
    }
    case 'UserTierChanged':
      return { ...state, tier: event.data.tier };
  }
}

export const userAccount: Decider<UserAccountCommand, UserAccountEvent, UserAccountState> = {
  name: 'UserAccount',
  initialState: () => ({ registered: false, preferences: defaultPreferences(), tier: 'free' }),
  evolve,
  decide,
};
