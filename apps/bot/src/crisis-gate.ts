import { isCrisisText, Language, normalizeText, textLanguage } from '@app/domain';
import { withRetryAfter } from '@app/infrastructure';
import type { Moderation } from '@app/infrastructure';
import type { MiddlewareFn, Telegram } from 'telegraf';
import type { BotContext } from './context';
import { t } from '@app/texts';

/** Web addresses: their slugs are a site's words (a song called "I wanna die"), not the user's. */
const LINK = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/gi;

/**
 * What the user wrote in an update, normalised: a message's text or caption (an edited one
 * too), of a command only its argument (`/tarot <text>` → `<text>`; the command word is
 * ours), and links left out. `''` for a bare command or a bare link; undefined when the update
 * carries nothing the user wrote (a button press, a photo without a caption).
 */
export function userText(ctx: BotContext): string | undefined {
  const message = ctx.message ?? ctx.editedMessage;
  if (!message) return undefined;
  const words = (text: string) => normalizeText(text.replace(LINK, ' ')).trim();
  if ('text' in message) return words(message.text.startsWith('/') ? message.text.replace(/^\/\S*/, '') : message.text);
  if ('caption' in message && message.caption !== undefined) return words(message.caption);
  return undefined;
}

/** The crisis gate of every text path of the bot: one decision, one answer. */
export interface CrisisGate {
  /**
   * Runs first, before any handler: text the local check (sync) finds crisis language in is
   * answered with support, and the update goes no further — no handler runs, nothing is
   * reserved, drawn or recorded, and an open question step ends. The text is not logged.
   */
  middleware: MiddlewareFn<BotContext>;
  /** Whether there is a second opinion to wait for (an LLM is configured). */
  readonly moderated: boolean;
  /**
   * The second opinion, for text the local check passed that would otherwise go to a reading or
   * get the default reply (never for links or bare commands, so it stays cheap): true when
   * moderation flags it for self-harm, and the support text has then been sent. Waits at most
   * 1.5 s; when moderation fails or is too slow, or none is configured, false.
   */
  flaggedByModeration(telegram: Telegram, chatId: number, text: string, fallback: Language): Promise<boolean>;
}

export function crisisGate(moderation: Moderation | undefined): CrisisGate {
  /** Support and helplines, in the language of the message that called for them (else the user's). */
  const support = (telegram: Telegram, chatId: number, text: string, fallback: Language) =>
    withRetryAfter(() => telegram.sendMessage(chatId, t(textLanguage(text, fallback), 'crisis')));
  return {
    middleware: async (ctx, next) => {
      const text = userText(ctx);
      if (!text || !isCrisisText(text) || !ctx.chat) return next();
      if (ctx.session?.flow) ctx.session = { ...ctx.session, flow: undefined };
      await support(ctx.telegram, ctx.chat.id, text, ctx.account.lang);
    },
    moderated: moderation !== undefined,
    async flaggedByModeration(telegram, chatId, text, fallback) {
      if (!text || !(await moderation?.flagsSelfHarm(text))) return false;
      await support(telegram, chatId, text, fallback);
      return true;
    },
  };
}
