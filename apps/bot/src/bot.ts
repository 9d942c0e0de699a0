import { DomainError, Language } from '@app/domain';
import type { ReadingDeps } from '@app/application';
import type { AggregateRunner, EventStore, Moderation, ReadModels } from '@app/infrastructure';
import type { Telegraf } from 'telegraf';
import { accountMiddleware } from './account';
import { BackgroundTasks } from './background-tasks';
import type { BotContext } from './context';
import { crisisGate } from './crisis-gate';
import { balanceFeature } from './features/balance';
import { ConvertDeps, convertFeature } from './features/convert';
import { dailyFeature } from './features/daily';
import { fallbackFeature } from './features/fallback';
import { historyFeature } from './features/history';
import { settingsFeature } from './features/settings';
import { startFeature } from './features/start';
import { tarotFeature } from './features/tarot';
import { textFeature } from './features/text';
import { domainErrorText, MESSAGES, t } from '@app/texts';

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
  /** A second crisis check from outside (when an LLM is configured), after the local one. */
  moderation?: Moderation;
  /** Video → audio; absent, links are not offered for conversion. */
  conversion?: Omit<ConvertDeps, 'detach' | 'commands' | 'runner' | 'readModels' | 'logger'>;
}

/** The command list registered with setMyCommands, per language. */
export function botCommands(language: Language) {
  const names = ['start', 'help', 'balance', 'convert', 'tarot', 'daily', 'history', 'settings', 'cancel'] as const;
  return names.map((command) => ({ command, description: MESSAGES[language].commands[command] }));
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

  bot.use(accountMiddleware(deps.runner));
  bot.use(crisis.middleware);
  if (convert) bot.use(convert.composer);
  bot.use(startFeature(deps));
  bot.use(balanceFeature(deps));
  bot.use(tarot.composer);
  bot.use(dailyFeature(deps));
  bot.use(historyFeature(deps));
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
