import { userAccount, userStream } from '@app/domain';
import type { Language, Preferences, UserAccountState } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { AggregateRunner, Commands } from '@app/infrastructure';

/**
 * Changes an account's preferences, as the user asked. `requestId` names the request (a
 * Telegram update id), so a retried request changes nothing twice. Returns the account after it.
 */
export async function changePreferences(
  commands: Commands,
  request: { userId: string; changes: Partial<Preferences>; requestId: string | number },
): Promise<UserAccountState> {
  const outcome = await commands.userAccount(
    { type: 'ChangePreferences', commandId: deterministicId(`prefs:${request.requestId}`), userId: request.userId, changes: request.changes },
    { actor: { kind: 'user', id: request.userId } },
  );
  return outcome.state;
}

/** The language a user reads the bot in (their setting), from the write side's cached state. */
export async function userLanguage(runner: AggregateRunner, userId: string): Promise<Language> {
  const { state } = await runner.state(userAccount, userStream(userId), { cached: true });
  return state.preferences.language;
}
