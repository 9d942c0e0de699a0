import type { Preferences, UserAccountState } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { Commands } from '@app/infrastructure';

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
