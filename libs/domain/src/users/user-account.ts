import { Decider, DomainEvent } from '../shared/decider';
import { invalid } from '../shared/errors';
import { requireNonEmpty } from '../shared/guards';

/** One stream per account: `user-<userId>`. */
export const userStream = (userId: string): string => `user-${userId}`;

export interface UserProfile {
  displayName: string;
  username?: string;
  languageCode?: string;
}

/** Schema version 2: v1 stored the profile fields flat (see upcasters). */
export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; telegramId?: number; profile: UserProfile; referredBy?: string }
>;

export type UserAccountEvent = UserRegistered;
export const USER_ACCOUNT_EVENT_TYPES = ['UserRegistered'] as const satisfies readonly UserAccountEvent['type'][];

export interface RegisterUser {
  type: 'RegisterUser';
  commandId: string;
  userId: string;
  telegramId?: number;
  profile: UserProfile;
  referredBy?: string;
}
export type UserAccountCommand = RegisterUser;

export interface UserAccountState {
  registered: boolean;
  telegramId?: number;
  profile?: UserProfile;
}

function decide(command: UserAccountCommand, state: UserAccountState): UserAccountEvent[] {
  requireNonEmpty(command.userId, 'userId', 200);
  const displayName = requireNonEmpty(command.profile?.displayName, 'profile.displayName', 200);
  if (command.telegramId !== undefined && (!Number.isSafeInteger(command.telegramId) || command.telegramId <= 0)) {
    throw invalid('telegramId must be a positive integer', { telegramId: command.telegramId });
  }
  // Registering twice is a no-op, so a repeated /start or a retried sign-up changes nothing.
  if (state.registered) return [];
  const { username, languageCode } = command.profile;
  return [
    {
      type: 'UserRegistered',
      data: {
        userId: command.userId,
        ...(command.telegramId !== undefined ? { telegramId: command.telegramId } : {}),
        profile: { displayName, ...(username ? { username } : {}), ...(languageCode ? { languageCode } : {}) },
        ...(command.referredBy ? { referredBy: command.referredBy } : {}),
      },
    },
  ];
}

function evolve(state: UserAccountState, event: UserAccountEvent): UserAccountState {
  switch (event.type) {
    case 'UserRegistered':
      return { registered: true, telegramId: event.data.telegramId, profile: event.data.profile };
    default:
      return state;
  }
}

export const userAccount: Decider<UserAccountCommand, UserAccountEvent, UserAccountState> = {
  name: 'UserAccount',
  initialState: () => ({ registered: false }),
  evolve,
  decide,
};
