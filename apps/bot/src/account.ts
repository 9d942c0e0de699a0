import { accountIdOf } from '@app/application';
import { userAccount, userStream, UserAccountState } from '@app/domain';
import type { AggregateRunner } from '@app/infrastructure';
import type { MiddlewareFn } from 'telegraf';
import type { BotContext } from './context';
import { languageOf } from '@app/texts';

const userIds = new Map<number, string>();
/** Our user id for a Telegram user (derived, so the same everywhere; remembered, as every update needs it). */
export function telegramUserId(telegramId: number): string {
  let userId = userIds.get(telegramId);
  if (userId === undefined) {
    userId = accountIdOf({ channel: 'telegram', id: telegramId });
    if (userIds.size >= 100_000) userIds.clear();
    userIds.set(telegramId, userId);
  }
  return userId;
}

/**
 * Who is talking: their account and language, loaded once per update from this process's cached
 * fold, for display. Decisions read `current()`, the account brought up to date. Registration
 * gates every feature: a registered account stays registered, so only "not registered" is
 * checked against the log (another instance may have registered the user). An update from no
 * one goes no further.
 */
export function accountMiddleware(runner: AggregateRunner): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.from) return;
    const userId = telegramUserId(ctx.from.id);
    const stream = userStream(userId);
    let upToDate: Promise<UserAccountState> | undefined;
    const current = () => (upToDate ??= runner.state(userAccount, stream).then((loaded) => loaded.state));
    let { state } = await runner.state(userAccount, stream, { cached: true });
    if (!state.registered) state = await current();
    ctx.account = { userId, user: state, lang: 'en', current };
    ctx.account.lang = state.registered ? state.preferences.language : languageOf(ctx.from.language_code);
    return next();
  };
}
