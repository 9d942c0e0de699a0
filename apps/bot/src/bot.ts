import { DomainError, Language } from '@app/domain';
import type { ReadingDeps } from '@app/application';
import type { AggregateRunner, EventStore, Moderation, ReadModels } from '@app/infrastructure';
import type { Telegraf } from 'telegraf';
import { accountMiddleware } from './account';
import { BackgroundTasks } from './background-tasks';
import type { BotContext } from './context';
import { crisisGate } from './crisis-gate';
import { balanceFeature } from './features/balance';
import { buyFeature } from './features/buy';
import { ConvertDeps, convertFeature } from './features/convert';
import { dailyFeature } from './features/daily';
import { fallbackFeature } from './features/fallback';
import { historyFeature } from './features/history';
import { invoicesFeature } from './features/invoices';
import { referralsFeature } from './features/referrals';
import { settingsFeature } from './features/settings';
import { startFeature } from './features/start';
import { starsPaymentsFeature } from './features/stars-payments';
import { tarotFeature } from './features/tarot';
import { textFeature } from './features/text';
import { billingViewText, domainErrorText, MESSAGES, paymentText, t } from '@app/texts';
import type { PriceTable } from '@app/domain';

export { telegramUserId } from './account';
export { BackgroundTasks } from './background-tasks';
export { usesSession } from './context';
export type { BotContext, DisplayAccount, SessionData } from './context';
export { settingsKeyboard, settingsText } from './features/settings';

export interface BotDeps extends ReadingDeps {
  /** Runs work detached from the update that started it (and waits for it on shutdown). */
  tasks: BackgroundTasks;
  store: EventStore;
  runner: AggregateRunner;
  readModels: ReadModels;
  welcomeCredits: number;
  /** What each side of a referral gets on the referee's first payment (REFERRER_CREDITS, REFEREE_CREDITS), said by /referrals. */
  referralRewards: { referrer: number; referee: number };
  /** A second crisis check from outside (when an LLM is configured), after the local one. */
  moderation?: Moderation;
  /** Video → audio; absent, links are not offered for conversion. */
  conversion?: Omit<ConvertDeps, 'detach' | 'commands' | 'runner' | 'readModels' | 'logger'>;
  /** The price table offers are sold from (default: the domain's). */
  prices?: PriceTable;
  /** A card checkout URL for an offer (Stripe Checkout); absent, /buy and /subscribe offer Stars only. */
  cardCheckout?: (userId: string, offerId: string) => Promise<string>;
  /** Where a card subscription is managed (Stripe's Customer Portal), shown by /billing. */
  cardPortal?: (userId: string) => Promise<string>;
  /** Whether a user may not pay (see `StarsDeps.isBlocked`). */
  isBlocked?: (userId: string) => boolean | Promise<boolean>;
  /** How long the pre-checkout check may take before the payment is refused as "try again" (Telegram allows 10 s). */
  preCheckoutBudgetMs?: number;
}

/** The command list registered with setMyCommands, per language. */
export function botCommands(language: Language) {
  const names = ['start', 'help', 'balance', 'convert', 'tarot', 'daily', 'history', 'settings', 'cancel'] as const;
  const payments = ['buy', 'subscribe', 'billing'] as const;
  const views = ['invoices', 'referrals'] as const;
  const commands = names.map((command) => ({ command: command as string, description: MESSAGES[language].commands[command] }));
  // After /balance: where credits come from sits next to where they are shown.
  commands.splice(
    3,
    0,
    ...payments.map((command) => ({ command, description: paymentText(language, `commands.${command}`) })),
    ...views.map((command) => ({ command, description: billingViewText(language, `commands.${command}`) })),
  );
  return commands;
}

/**
 * Registers every handler on `bot`. Middlewares (dedupe, session, rate limit) are added by the
 * caller first. Order matters: who is talking, then the crisis gate, then the features' commands
 * and buttons, then free text (a command is text too), then the catch-all answers.
 */
export function registerHandlers(bot: Telegraf<BotContext>, deps: BotDeps): void {
  // Crisis language in anything the user writes (free text, a question, a command's argument) is
  // answered with support before any handler sees it; moderation is asked later, only where a
  // reading or the default reply would follow.
  const crisis = crisisGate(deps.moderation);
  const convert = deps.conversion
    ? convertFeature({ ...deps.conversion, commands: deps.commands, runner: deps.runner, readModels: deps.readModels, logger: deps.logger, detach: (work) => deps.tasks.run(work) })
    : undefined;
  const tarot = tarotFeature({ ...deps, crisis });

  const { prices, cardCheckout, cardPortal, isBlocked, preCheckoutBudgetMs } = deps;
  const payments = {
    commands: deps.commands,
    runner: deps.runner,
    logger: deps.logger,
    ...(prices ? { prices } : {}),
    ...(isBlocked ? { isBlocked } : {}),
  };

  bot.use(accountMiddleware(deps.runner));
  // Payment updates first: nothing in them is text for the crisis gate, and they must never fall
  // through to a feature that would take them for something else.
  bot.use(starsPaymentsFeature({ ...payments, detach: (work) => deps.tasks.run(work), ...(preCheckoutBudgetMs !== undefined ? { preCheckoutBudgetMs } : {}) }));
  bot.use(crisis.middleware);
  if (convert) bot.use(convert.composer);
  bot.use(startFeature(deps));
  bot.use(balanceFeature(deps));
  bot.use(buyFeature({ ...payments, ...(cardCheckout ? { cardCheckout } : {}), ...(cardPortal ? { cardPortal } : {}) }));
  bot.use(tarot.composer);
  bot.use(dailyFeature(deps));
  bot.use(historyFeature(deps));
  bot.use(invoicesFeature({ readModels: deps.readModels, logger: deps.logger, ...(prices ? { prices } : {}) }));
  bot.use(referralsFeature(deps));
  bot.use(settingsFeature(deps));
  bot.use(textFeature({ tasks: deps.tasks, crisis, tarot, ...(convert ? { convert } : {}) }));
  bot.use(fallbackFeature());

  bot.catch(async (error, ctx) => {
    deps.logger.error({ err: error, update: ctx.update.update_id }, 'bot handler failed');
    const lang = ctx.account?.lang ?? 'en';
    // Broken rules say what was wrong; anything else (a conflict that kept retrying, an outage) asks to retry.
    const text = error instanceof DomainError ? domainErrorText(lang, error) : t(lang, 'busy');
    await ctx.reply(text).catch(() => undefined);
  });
}
