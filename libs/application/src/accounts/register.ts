import { availableOf, creditLedger, creditsStream, normalizeText, UserAccountState } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { AggregateRunner, Commands, ReadModels } from '@app/infrastructure';
import { grantWelcomeCredits } from '../credits/welcome-credits';
import { accountIdOf, ChannelIdentity } from './identity';
import { newReferralCode, referrerOf } from './referral';

export interface RegistrationDeps {
  commands: Commands;
  runner: AggregateRunner;
  readModels: Pick<ReadModels, 'userIdByReferralCode'>;
  /** The welcome grant for a new account (0: none). */
  welcomeCredits: number;
}

/** What registering told us: a new account (with its welcome grant), or one that was there. */
export type Registration =
  | { status: 'new'; userId: string; account: UserAccountState; welcomeCredits: number; referredBy?: string }
  | { status: 'returning'; userId: string; account: UserAccountState; available: number };

/**
 * Registers an account from a channel identity, once: a second registration (the same person
 * again, or two instances at once) appends nothing and tells what they have available. A new
 * account is granted the welcome credits at once, for an immediate balance; a referral code is
 * recorded when it names an account (an unknown one is ignored).
 */
export async function registerAccount(deps: RegistrationDeps, identity: ChannelIdentity, options: { referralCode?: string } = {}): Promise<Registration> {
  const userId = accountIdOf(identity);
  const referredBy = options.referralCode ? await referrerOf(deps.readModels, options.referralCode) : undefined;
  const registered = await deps.commands.userAccount(
    {
      type: 'RegisterUser',
      // Telegram's key predates other channels: it stays as it was, so a retry still appends nothing.
      commandId: deterministicId(identity.channel === 'telegram' ? `register:${identity.id}` : `register:${identity.channel}:${identity.id}`),
      userId,
      ...(identity.channel === 'telegram' ? { telegramId: identity.id } : {}),
      profile: {
        // Names are text the user chose: normalised like everything they send (a name of only
        // invisible characters is no name).
        displayName: normalizeText(identity.name ?? '', { multiline: false }) || normalizeText(identity.username ?? '', { multiline: false }) || 'friend',
        ...(identity.username ? { username: identity.username } : {}),
        ...(identity.languageCode ? { languageCode: identity.languageCode } : {}),
      },
      ...(referredBy ? { referredBy } : {}),
      referralCode: newReferralCode(),
    },
    { actor: { kind: identity.channel, id: String(identity.id) } },
  );
  if (registered.appended.length === 0) {
    const { state } = await deps.runner.state(creditLedger, creditsStream(userId));
    return { status: 'returning', userId, account: registered.state, available: availableOf(state) };
  }
  // The projector's welcome process issues the same idempotent command as a safety net if this
  // process stops in between.
  await grantWelcomeCredits(deps.commands, userId, deps.welcomeCredits);
  return { status: 'new', userId, account: registered.state, welcomeCredits: deps.welcomeCredits, ...(referredBy ? { referredBy } : {}) };
}
