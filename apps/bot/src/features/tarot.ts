import { availableOf, DomainError, MENU_SPREADS, spreadById, validateQuestion } from '@app/domain';
import { creditsFor, ReadingDeps, runReading } from '@app/application';
import { deterministicId, withRetryAfter } from '@app/infrastructure';
import { Composer, Markup } from 'telegraf';
import type { BackgroundTasks } from '../background-tasks';
import type { BotContext, SessionData, TextContext } from '../context';
import type { CrisisGate } from '../crisis-gate';
import { referralLink, requireUser, say } from '../reply';
import { TelegramReadingPresenter } from '../tarot/telegram-presenter';
import { t } from '@app/texts';

export interface TarotDeps extends ReadingDeps {
  tasks: BackgroundTasks;
  crisis: CrisisGate;
  /** How often the streamed interpretation is edited (Telegram throttles edits). */
  streamIntervalMs?: number;
}

export interface TarotFeature {
  /** /tarot (the spread menu), a spread's press (the question step opens), /cancel (it closes). */
  composer: Composer<BotContext>;
  /** The text that answers the open question step: the reading runs, detached. */
  answerQuestion(ctx: TextContext, flow: NonNullable<SessionData['flow']>): Promise<unknown>;
}

/** Readings: choose a spread, ask the question, get the spread and its interpretation. */
export function tarotFeature(deps: TarotDeps): TarotFeature {
  const composer = new Composer<BotContext>();

  /** The user's available credits for a check before anything is asked (a shortfall on up-to-date state). */
  const availableCredits = async (userId: string, needed: number) => availableOf(await creditsFor(deps.runner, userId, (ledger) => availableOf(ledger) >= needed));

  composer.command('tarot', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const buttons = MENU_SPREADS.map((s) => [Markup.button.callback(t(lang, 'spreadButton', { name: s.name[lang], price: s.price }), `spread:${s.id}`)]);
    return say(ctx, 'chooseSpread', {}, Markup.inlineKeyboard(buttons));
  });

  composer.action(/^spread:(\w+)$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    if (!requireUser(ctx, deps.logger)) return;
    const spread = spreadById(ctx.match[1]!);
    if (!spread) return say(ctx, 'buttonExpired');
    const lang = ctx.account.lang;
    // A spread the user cannot pay for is said at the press, before a question is asked; the
    // reservation still decides, so credits spent elsewhere meanwhile are caught there.
    const available = await availableCredits(ctx.account.userId, spread.price);
    if (available < spread.price) {
      const within = MENU_SPREADS.filter((s) => s.price <= available);
      const text = [t(lang, 'spreadTooDear', { spread: spread.name[lang], needed: spread.price, available }), ...(within.length > 0 ? ['', t(lang, 'spreadAffordable')] : [])];
      const buttons = within.map((s) => [Markup.button.callback(t(lang, 'spreadButton', { name: s.name[lang], price: s.price }), `spread:${s.id}`)]);
      return withRetryAfter(() => ctx.reply(text.join('\n'), Markup.inlineKeyboard(buttons)));
    }
    ctx.session = { ...ctx.session, flow: { step: 'question', spreadId: spread.id, id: ctx.update.update_id } };
    // Saved before the prompt goes out: a process that dies after the prompt keeps the step.
    await ctx.saveSession?.();
    // A spread that can grow offers its extension (when the credits cover it): press it first, or just ask.
    const extension = spread.extension ? spreadById(spread.extension) : undefined;
    if (!extension || extension.price > available) return say(ctx, 'askQuestion', { spread: spread.name[lang] });
    const ask = t(lang, 'askQuestion', { spread: spread.name[lang] });
    const values = {
      cards: extension.positions.length,
      positions: extension.positions.slice(spread.positions.length).map((p) => p.name[lang].toLowerCase()).join(', '),
      price: extension.price,
    };
    return withRetryAfter(() =>
      ctx.reply(`${ask}\n${t(lang, 'extendHint', values)}`, Markup.inlineKeyboard([Markup.button.callback(t(lang, 'extendButton', values), `spread:${extension.id}`)])),
    );
  });

  composer.command('cancel', (ctx) => {
    const had = Boolean(ctx.session?.flow);
    ctx.session = { ...ctx.session, flow: undefined };
    return say(ctx, had ? 'cancelled' : 'nothingToCancel');
  });

  async function answerQuestion(ctx: TextContext, flow: NonNullable<SessionData['flow']>): Promise<unknown> {
    const spread = spreadById(flow.spreadId)!;
    // Normalised before anything is decided or reserved: no control or zero-width characters, and
    // nothing visible left is no question (the step stays, so the user can type it again).
    let question: string;
    try {
      question = validateQuestion(ctx.message.text);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.details.empty) return say(ctx, 'questionEmpty');
      return say(ctx, 'questionLength', { length: Number(error.details.length) });
    }
    // (The crisis gate's local check has passed it.)
    ctx.session = { ...ctx.session, flow: undefined };
    // Readings run for seconds (an LLM streams); Telegraf's poller waits for a whole batch of
    // updates, so the reading runs detached and other users are not held up behind it.
    const request = {
      // (A session saved before flows had ids names it after the question's update.)
      readingId: deterministicId(flow.id === undefined ? `reading:${ctx.update.update_id}:${ctx.from.id}` : `reading:${ctx.from.id}:flow:${flow.id}`),
      userId: ctx.account.userId,
      spread,
      question,
      language: ctx.account.lang,
      preferences: ctx.account.user.preferences,
    };
    const lang = ctx.account.lang;
    const link = referralLink(ctx);
    const [telegram, chatId] = [ctx.telegram, ctx.chat.id];
    deps.tasks.run(async () => {
      // Moderation may see crisis language the local check missed (it waits at most 1.5 s, then
      // the local check alone decides); either way nothing is reserved, drawn or recorded.
      if (await deps.crisis.flaggedByModeration(telegram, chatId, question, lang)) return;
      const outcome = await runReading(request, new TelegramReadingPresenter(telegram, chatId, lang, deps.streamIntervalMs), deps);
      if (outcome.kind === 'insufficient') {
        await withRetryAfter(() => telegram.sendMessage(chatId, t(lang, 'insufficient', { needed: outcome.needed, available: outcome.available, link })));
      }
    });
  }

  return { composer, answerQuestion };
}
