import { withRetryAfter } from '@app/infrastructure';
import type { Logger } from '@app/infrastructure';
import type { BotContext } from './context';
import { MessageKey, t } from '@app/texts';

/** Replies with one of the bot's texts in the user's language. */
export const say = (ctx: BotContext, key: MessageKey, values: Record<string, string | number> = {}, extra?: object) =>
  withRetryAfter(() => ctx.reply(t(ctx.account.lang, key, values), extra));

/** The user's invitation link (a dash before they have a referral code). */
export const referralLink = (ctx: BotContext) =>
  ctx.account.user.referralCode ? `https://t.me/${ctx.botInfo?.username ?? 'bot'}?start=ref_${ctx.account.user.referralCode}` : '—';

/** Registration gates every feature: false for a user not registered yet, who is told to /start. */
export function requireUser(ctx: BotContext, logger: Logger): boolean {
  if (ctx.account.user.registered) return true;
  say(ctx, 'notRegistered').catch((error: unknown) => logger.warn({ err: error }, 'reply failed'));
  return false;
}
