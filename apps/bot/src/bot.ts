import { randomBytes, randomInt } from 'node:crypto';
import {
  cardById,
  creditLedger,
  creditsStream,
  dailyStream,
  DECK,
  DomainError,
  drawCards,
  Language,
  Preferences,
  MENU_SPREADS,
  spreadById,
  UserAccountState,
  userAccount,
  userStream,
  utcDay,
  availableOf,
  CONVERSION_FAILURE_REASONS,
  ConversionFailureReason,
  QUESTION_MAX,
  normalizeText,
  validateQuestion,
} from '@app/domain';
import { AggregateRunner, Commands, conversionText, creditActivity, deterministicId, formatDate, ReadModels, shorten } from '@app/infrastructure';
import type { ConversionTextKey, EventStore, Logger } from '@app/infrastructure';
import { Markup, Telegraf } from 'telegraf';
import { splitForTelegram, withRetryAfter } from '@app/infrastructure';
import { activityText, domainErrorText, MessageKey, MESSAGES, languageOf, t } from './i18n';
import { ConversionFlowDeps, findLink, registerConversionHandlers } from './conversion/conversion-flow';
import { ReadingFlowDeps, runReading } from './tarot/reading-flow';
import type { Moderation } from '@app/infrastructure';
import { crisisGate, userText } from './crisis-gate';
import type { BotContext } from './context';

export { usesSession } from './context';
export type { BotContext, DisplayAccount, SessionData } from './context';

export interface BotDeps extends Omit<ReadingFlowDeps, 'telegram'> {
  /** Runs work detached from the update that started it (and waits for it on shutdown). */
  tasks: BackgroundTasks;
  store: EventStore;
  runner: AggregateRunner;
  readModels: ReadModels;
  welcomeCredits: number;
  /** A second crisis check from outside (when an LLM is configured), after the local one. */
  moderation?: Moderation;
  /** Video → audio; absent, links are not offered for conversion. */
  conversion?: Omit<ConversionFlowDeps, 'detach' | 'commands' | 'runner' | 'readModels' | 'logger'>;
}

/** Detached work the bot must still finish (or at least log) before it stops. */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly logger: Logger) {}
  run(work: () => Promise<void>): void {
    const task = work().catch((error: unknown) => this.logger.error({ err: error }, 'background task failed'));
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

const ONE_CARD = spreadById('one_card')!;
const isFailureReason = (reason: string | null): reason is ConversionFailureReason => (CONVERSION_FAILURE_REASONS as readonly (string | null)[]).includes(reason);
/** How many lines /balance's "Recent" shows. */
const RECENT_LINES = 5;

const userIds = new Map<number, string>();
/** Our user id for a Telegram user (derived, so the same everywhere; remembered, as every update needs it). */
export function telegramUserId(telegramId: number): string {
  let userId = userIds.get(telegramId);
  if (userId === undefined) {
    userId = deterministicId(`telegram:${telegramId}`);
    if (userIds.size >= 100_000) userIds.clear();
    userIds.set(telegramId, userId);
  }
  return userId;
}

/** The command list registered with setMyCommands, per language. */
export function botCommands(language: Language) {
  const names = ['start', 'help', 'balance', 'convert', 'tarot', 'daily', 'history', 'settings', 'cancel'] as const;
  return names.map((command) => ({ command, description: MESSAGES[language].commands[command] }));
}

/** Registers every handler on `bot`. Middlewares (dedupe, session, rate limit) are added by the caller first. */
export function registerHandlers(bot: Telegraf<BotContext>, deps: BotDeps): void {
  const say = (ctx: BotContext, key: MessageKey, values: Record<string, string | number> = {}, extra?: object) =>
    withRetryAfter(() => ctx.reply(t(ctx.account.lang, key, values), extra));
  const referralLink = (ctx: BotContext) =>
    ctx.account.user.referralCode ? `https://t.me/${ctx.botInfo?.username ?? 'bot'}?start=ref_${ctx.account.user.referralCode}` : '—';

  // Who is talking: their account and language, loaded once per update from this process's cached
  // fold, for display. Decisions read `current()`, the account brought up to date. Registration
  // gates every feature: a registered account stays registered, so only "not registered" is
  // checked against the log (another instance may have registered the user).
  bot.use(async (ctx, next) => {
    if (!ctx.from) return;
    const userId = telegramUserId(ctx.from.id);
    const stream = userStream(userId);
    let upToDate: Promise<UserAccountState> | undefined;
    const current = () => (upToDate ??= deps.runner.state(userAccount, stream).then((loaded) => loaded.state));
    let { state } = await deps.runner.state(userAccount, stream, { cached: true });
    if (!state.registered) state = await current();
    ctx.account = { userId, user: state, lang: 'en', current };
    ctx.account.lang = state.registered ? state.preferences.language : languageOf(ctx.from.language_code);
    return next();
  });

  // Crisis language in anything the user writes (free text, a question, a command's argument) is
  // answered with support before any handler sees it; moderation is asked later, only where a
  // reading or the default reply would follow.
  const crisis = crisisGate(deps.moderation);
  bot.use(crisis.middleware);

  const requireUser = (ctx: BotContext) => {
    if (ctx.account.user.registered) return true;
    say(ctx, 'notRegistered').catch((error: unknown) => deps.logger.warn({ err: error }, 'reply failed'));
    return false;
  };

  const conversions = deps.conversion
    ? registerConversionHandlers(bot, {
        ...deps.conversion,
        commands: deps.commands,
        runner: deps.runner,
        readModels: deps.readModels,
        logger: deps.logger,
        detach: (work) => deps.tasks.run(work),
      })
    : undefined;

  bot.start(async (ctx) => {
    const payload = normalizeText(ctx.payload ?? '', { multiline: false });
    const userId = ctx.account.userId;
    const context = { actor: { kind: 'telegram' as const, id: String(ctx.from.id) } };
    let referredBy: string | undefined;
    if (payload.startsWith('ref_')) referredBy = await deps.readModels.userIdByReferralCode(payload.slice(4));
    const registered = await deps.commands.userAccount(
      {
        type: 'RegisterUser',
        commandId: deterministicId(`register:${ctx.from.id}`),
        userId,
        telegramId: ctx.from.id,
        profile: {
          // Names are text the user chose: normalised like everything they send (a name of only
          // invisible characters is no name).
          displayName:
            normalizeText([ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(' '), { multiline: false }) ||
            normalizeText(ctx.from.username ?? '', { multiline: false }) ||
            'friend',
          ...(ctx.from.username ? { username: ctx.from.username } : {}),
          ...(ctx.from.language_code ? { languageCode: ctx.from.language_code } : {}),
        },
        ...(referredBy ? { referredBy } : {}),
        referralCode: randomBytes(6).toString('base64url'),
      },
      context,
    );
    ctx.account.user = registered.state;
    const name = registered.state.profile?.displayName ?? '';
    if (registered.appended.length === 0) {
      const { state } = await deps.runner.state(creditLedger, creditsStream(userId));
      return say(ctx, 'welcomeBack', { name, available: availableOf(state) });
    }
    // Granted here for an immediate balance; the projector's welcome process issues the same
    // idempotent command as a safety net if this process stops in between.
    if (deps.welcomeCredits > 0) {
      await deps.commands.ledger(
        { type: 'GrantCredits', commandId: deterministicId(`welcome:${userId}`), userId, amount: deps.welcomeCredits, source: 'welcome', grantKey: 'welcome' },
        { actor: { kind: 'system', id: 'welcome-credits' } },
      );
    }
    await say(ctx, 'welcomeNew', { name, credits: deps.welcomeCredits });
    if (referredBy) await say(ctx, 'referralNoted');
  });

  bot.help((ctx) => say(ctx, 'help', { link: referralLink(ctx) }));

  bot.command('balance', async (ctx) => {
    if (!requireUser(ctx)) return;
    const stream = creditsStream(ctx.account.userId);
    // The log, not a read model, says what moved (so the last purchase is always there); the read
    // models name what it paid for. A reservation makes at most two events: 2 × 5 give five lines.
    const [{ state }, recent] = await Promise.all([
      deps.runner.state(creditLedger, stream),
      deps.store.readStream(stream, { direction: 'backwards', maxCount: 2 * RECENT_LINES }),
    ]);
    const values = { available: availableOf(state), reserved: state.reserved };
    if (recent.length === 0) return say(ctx, 'balanceEmpty', values);
    const lines = await deps.readModels.describeActivity(ctx.account.userId, creditActivity(recent, RECENT_LINES));
    return say(ctx, 'balance', { ...values, entries: lines.map((line) => activityText(ctx.account.lang, line)).join('\n') });
  });

  bot.command('tarot', async (ctx) => {
    if (!requireUser(ctx)) return;
    const lang = ctx.account.lang;
    const buttons = MENU_SPREADS.map((s) => [Markup.button.callback(t(lang, 'spreadButton', { name: s.name[lang], price: s.price }), `spread:${s.id}`)]);
    return say(ctx, 'chooseSpread', {}, Markup.inlineKeyboard(buttons));
  });

  /**
   * The user's available credits for a check before anything is asked: what this process last saw
   * when that covers `needed`, else what the log says now.
   */
  const availableCredits = async (userId: string, needed: number) => {
    let { state } = await deps.runner.state(creditLedger, creditsStream(userId), { cached: true });
    if (availableOf(state) < needed) ({ state } = await deps.runner.state(creditLedger, creditsStream(userId)));
    return availableOf(state);
  };

  bot.action(/^spread:(\w+)$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    if (!requireUser(ctx)) return;
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

  bot.command('cancel', (ctx) => {
    const had = Boolean(ctx.session?.flow);
    ctx.session = { ...ctx.session, flow: undefined };
    return say(ctx, had ? 'cancelled' : 'nothingToCancel');
  });

  bot.command('daily', async (ctx) => {
    if (!requireUser(ctx)) return;
    const day = utcDay(new Date());
    const prefs = ctx.account.user.preferences;
    const [card] = drawCards(ONE_CARD, DECK, prefs, randomInt);
    const outcome = await deps.commands.dailyCard(
      { type: 'DrawDailyCard', commandId: deterministicId(`daily:${ctx.account.userId}:${day}`), userId: ctx.account.userId, day, card: card! },
      { actor: { kind: 'user', id: ctx.account.userId } },
    );
    const drawn = outcome.state.card!;
    const text = cardById(drawn.cardId)!.text[ctx.account.lang];
    const side = drawn.reversed ? text.reversed : text.upright;
    const lines = [
      t(ctx.account.lang, 'dailyTitle', { day: formatDate(day, ctx.account.lang) }),
      '',
      `${text.name}${drawn.reversed ? ` (${t(ctx.account.lang, 'reversedMark')})` : ''}`,
      side.meaning,
      t(ctx.account.lang, 'keywords', { keywords: side.keywords.join(', ') }),
      ...(outcome.appended.length === 0 ? ['', t(ctx.account.lang, 'dailyAgain')] : []),
    ];
    if (deps.renderSpread) {
      const png = await deps.renderSpread(ONE_CARD, [drawn]);
      await withRetryAfter(() => ctx.replyWithPhoto({ source: png, filename: 'daily.png' }));
    }
    return withRetryAfter(() => ctx.reply(lines.join('\n')));
  });

  bot.command('history', async (ctx) => {
    if (!requireUser(ctx)) return;
    const [readings, conversionRows] = await Promise.all([
      deps.readModels.recentReadings(ctx.account.userId, 10),
      deps.readModels.recentConversions(ctx.account.userId, 10),
    ]);
    if (readings.length === 0 && conversionRows.length === 0) return say(ctx, 'historyEmpty');
    const lang = ctx.account.lang;
    if (conversionRows.length > 0) {
      const lines = conversionRows.map((c) =>
        conversionText(lang, 'historyConversion', {
          date: formatDate(c.requestedAt, lang, 'short'),
          title: shorten(c.title, 40),
          format: `${c.format}${c.enhance ? '+' : ''}`,
          status: conversionText(lang, (isFailureReason(c.failureReason) ? `failedStatus.${c.failureReason}` : `status.${c.status}`) as ConversionTextKey),
        }),
      );
      await withRetryAfter(() => ctx.reply(lines.join('\n')));
    }
    if (readings.length === 0) return;
    const buttons = readings.map((r) => {
      const label = `${formatDate(r.requestedAt, lang, 'short')} · ${spreadById(r.spreadId)?.name[lang] ?? r.spreadId} · ${shorten(r.question, 30)}`;
      return [Markup.button.callback(label, `reading:${r.readingId}`)];
    });
    return say(ctx, 'historyTitle', {}, Markup.inlineKeyboard(buttons));
  });

  bot.action(/^reading:([\w-]+)$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    const text = await deps.readModels.readingText(ctx.account.userId, ctx.match[1]!);
    if (!text) return say(ctx, 'readingNotFound');
    for (const part of splitForTelegram(text)) await withRetryAfter(() => ctx.reply(part));
  });

  bot.command('settings', (ctx) => {
    if (!requireUser(ctx)) return;
    const prefs = ctx.account.user.preferences;
    return withRetryAfter(() => ctx.reply(settingsText(ctx.account.lang, prefs), settingsKeyboard(ctx.account.lang, prefs)));
  });

  bot.action(/^set:(language:(?:en|ru)|reversals:(?:on|off)|deck:(?:full|major))$/, async (ctx) => {
    if (!requireUser(ctx)) return;
    const [field, value] = ctx.match[1]!.split(':') as ['language' | 'reversals' | 'deck', string];
    const changes: Partial<Preferences> =
      field === 'language' ? { language: value as Language } : field === 'reversals' ? { reversals: value === 'on' } : { deck: value as Preferences['deck'] };
    const outcome = await deps.commands.userAccount(
      { type: 'ChangePreferences', commandId: deterministicId(`prefs:${ctx.update.update_id}`), userId: ctx.account.userId, changes },
      { actor: { kind: 'user', id: ctx.account.userId } },
    );
    const prefs = outcome.state.preferences;
    await ctx.answerCbQuery(t(prefs.language, 'settingsSaved')).catch(() => undefined);
    await withRetryAfter(() => ctx.editMessageText(settingsText(prefs.language, prefs), settingsKeyboard(prefs.language, prefs))).catch(() => undefined);
  });

  bot.on('text', async (ctx) => {
    const flow = ctx.session?.flow;
    if (!ctx.account.user.registered) return say(ctx, 'notRegistered');
    if (!flow) {
      const link = conversions && findLink(normalizeText(ctx.message.text));
      if (link) return conversions.offerConversion(ctx, link);
      // The default reply waits for moderation's second opinion on what was written (detached:
      // up to 1.5 s); a bare command has nothing to ask about.
      const text = userText(ctx);
      if (!crisis.moderated || !text) return say(ctx, 'unknown');
      const [chatId, lang, telegram] = [ctx.chat.id, ctx.account.lang, ctx.telegram];
      return deps.tasks.run(async () => {
        if (!(await crisis.flaggedByModeration(telegram, chatId, text, lang))) await withRetryAfter(() => telegram.sendMessage(chatId, t(lang, 'unknown')));
      });
    }
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
      chatId: ctx.chat.id,
      spread,
      question,
      language: ctx.account.lang,
      preferences: ctx.account.user.preferences,
    };
    const lang = ctx.account.lang;
    const link = referralLink(ctx);
    const telegram = ctx.telegram;
    deps.tasks.run(async () => {
      // Moderation may see crisis language the local check missed (it waits at most 1.5 s, then
      // the local check alone decides); either way nothing is reserved, drawn or recorded.
      if (await crisis.flaggedByModeration(telegram, request.chatId, question, lang)) return;
      const outcome = await runReading(request, { ...deps, telegram });
      if (outcome.kind === 'insufficient') {
        await withRetryAfter(() =>
          telegram.sendMessage(request.chatId, t(lang, 'insufficient', { needed: outcome.needed, available: outcome.available, link })),
        );
      }
    });
  });

  // Whatever else arrives gets an answer too, and changes nothing.
  bot.on('message', (ctx) => say(ctx, 'textOnly'));
  bot.on('edited_message', (ctx) => say(ctx, 'editedIgnored'));
  bot.on('callback_query', (ctx) => ctx.answerCbQuery(t(ctx.account.lang, 'buttonExpired')).catch(() => undefined));

  bot.catch(async (error, ctx) => {
    deps.logger.error({ err: error, update: ctx.update.update_id }, 'bot handler failed');
    const lang = ctx.account?.lang ?? 'en';
    // Broken rules say what was wrong; anything else (a conflict that kept retrying, an outage) asks to retry.
    const text = error instanceof DomainError ? domainErrorText(lang, error) : t(lang, 'busy');
    await ctx.reply(text).catch(() => undefined);
  });
}


/** /settings: each setting with its current value. */
export function settingsText(lang: Language, prefs: Preferences): string {
  return t(lang, 'settings', {
    language: prefs.language === 'ru' ? 'Русский' : 'English',
    reversals: t(lang, prefs.reversals ? 'on' : 'off'),
    deck: t(lang, prefs.deck === 'full' ? 'deckFull' : 'deckMajor'),
  });
}

/**
 * One row per setting, one button per choice, each saying what pressing it sets; ✓ marks the
 * choice in force (pressing it again changes nothing).
 */
export function settingsKeyboard(lang: Language, prefs: Preferences) {
  const choice = (label: string, current: boolean, data: string) => Markup.button.callback(current ? `✓ ${label}` : label, data);
  return Markup.inlineKeyboard([
    [choice('English', prefs.language === 'en', 'set:language:en'), choice('Русский', prefs.language === 'ru', 'set:language:ru')],
    [choice(t(lang, 'reversalsOnButton'), prefs.reversals, 'set:reversals:on'), choice(t(lang, 'reversalsOffButton'), !prefs.reversals, 'set:reversals:off')],
    [choice(t(lang, 'deckFullButton'), prefs.deck === 'full', 'set:deck:full'), choice(t(lang, 'deckMajorButton'), prefs.deck === 'major', 'set:deck:major')],
  ]);
}
