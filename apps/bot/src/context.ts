import type { Language, SpreadId, UserAccountState } from '@app/domain';
import type { Context, NarrowedContext, Types } from 'telegraf';

export interface SessionData {
  /**
   * Waiting for the question of a spread. `id` is the spread press's update id: the reading is
   * named after it, so two questions racing for one press (two webhook instances) make one reading.
   */
  flow?: { step: 'question'; spreadId: SpreadId; id?: number };
}

/**
 * The updates whose handlers read or write the session (the reading conversation): a spread
 * button, /cancel, and text that is not a command. Every other update is handled without it.
 */
export function usesSession(ctx: Context): boolean {
  const query = ctx.callbackQuery;
  if (query) return 'data' in query && query.data.startsWith('spread:');
  const text = ctx.message && 'text' in ctx.message ? ctx.message.text : undefined;
  if (text === undefined) return false;
  return !text.startsWith('/') || /^\/cancel(@\w+)?(\s|$)/.test(text);
}

/**
 * What the bot shows and personalises from the account it keeps cached: the tier is not here, so
 * nothing can gate, limit or rank on a cached tier (`account.current()` has it).
 */
export type DisplayAccount = Pick<UserAccountState, 'registered' | 'profile' | 'referralCode' | 'preferences'>;

export interface BotContext extends Context {
  session?: SessionData;
  /** Writes the session now, before a reply that announces a step (see `savingSession`). */
  saveSession?: () => Promise<void>;
  /** Who is talking, loaded once per update. */
  account: {
    userId: string;
    /** From this process's cached fold: for display, language and preferences. */
    user: DisplayAccount;
    lang: Language;
    /**
     * The account brought up to date (the cached fold plus the events after it, usually none):
     * what a decision that charges, gates a feature or sets priority reads — the tier an admin
     * changed a moment ago through the API. Read once per update, when first asked.
     */
    current(): Promise<UserAccountState>;
  };
}

/** A text message's update (a command is one too). */
export type TextContext = NarrowedContext<BotContext, Types.MountMap['text']>;
