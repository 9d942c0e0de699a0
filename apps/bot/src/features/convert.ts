import { randomBytes } from 'node:crypto';
import { AUDIO_FORMATS, conversionPrice, isAudioFormat, Language, normalizeText, Tier, TierLimits } from '@app/domain';
import {
  AudioSender,
  cancelConversion,
  choosePreviewOption,
  confirmConversion,
  ConfirmPresenter,
  PendingConversion,
  previewConversion,
  tierInForce,
} from '@app/application';
import { AggregateRunner, Commands, conversionCancelKeyboard, removeConversionJob, LinkInspector, withRetryAfter } from '@app/infrastructure';
import type { Logger, ReadModels } from '@app/infrastructure';
import type { Pool } from 'pg';
import { Composer, Markup } from 'telegraf';
import type { Telegram } from 'telegraf';
import type { BotContext } from '../context';
import { pendingConversionStore } from '../conversion/pending-conversions';
import { conversionText, domainErrorText, formatDuration, formatMegabytes, refusalText, t } from '@app/texts';
import type { ConversionTextKey } from '@app/texts';

export interface ConvertDeps {
  commands: Commands;
  runner: AggregateRunner;
  readModels: ReadModels;
  inspector: LinkInspector;
  limits: Record<Tier, TierLimits>;
  /** `SUBSCRIPTION_GRACE_DAYS`, for the tier in force. */
  graceDays?: number;
  pool: Pool;
  logger: Logger;
  reservationTtlSeconds: number;
  /** Runs the (slow) link inspection detached from the update. */
  detach: (work: () => Promise<void>) => void;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/i;

export interface ConvertFeature {
  /** /convert and the preview's buttons (format, enhancement, confirm, cancel) and the status message's cancel. */
  composer: Composer<BotContext>;
  /** A link the user sent: checked, then previewed (nothing is charged before the confirm). */
  offerConversion(ctx: BotContext, url: string): Promise<void>;
}

/** The first http(s) link in a message, if any. */
export function findLink(text: string): string | undefined {
  return URL_PATTERN.exec(text)?.[0]?.replace(/[).,;!?]+$/, '');
}

/**
 * Video → audio in the bot: a link (or `/convert <link>`) → checks and a preview (nothing charged)
 * → format / enhancement / confirm buttons → the confirm use case (reserve, request or a cache hit
 * sent at once), and the preview message becomes the status message the worker edits. This
 * composer maps the buttons to the use cases and presents their outcomes.
 */
export function convertFeature(deps: ConvertDeps): ConvertFeature {
  const feature = new Composer<BotContext>();
  const pendingStore = pendingConversionStore(deps.pool);
  const tierDeps = { runner: deps.runner, limits: deps.limits, ...(deps.graceDays !== undefined ? { graceDays: deps.graceDays } : {}) };
  const say = (lang: Language, key: ConversionTextKey, values: Record<string, string | number> = {}) => conversionText(lang, key, values);

  feature.command('convert', async (ctx) => {
    const argument = normalizeText(ctx.payload ?? '');
    // On its own the command asks how to use it; something that is not a link is said to be one.
    if (!argument) return withRetryAfter(() => ctx.reply(say(ctx.account.lang, 'convertUsage')));
    const link = findLink(argument);
    if (!link) return withRetryAfter(() => ctx.reply(say(ctx.account.lang, 'refused.bad_url')));
    return offerConversion(ctx, link);
  });

  /**
   * Inspects the link and shows the preview; refusals are explained and change nothing. The tier
   * in force (the account and the subscription brought up to date) sets the limits checked and whether enhancement is
   * offered.
   */
  async function offerConversion(ctx: BotContext, url: string): Promise<void> {
    if (!ctx.account.user.registered || !ctx.chat) return;
    const lang = ctx.account.lang;
    const { limits } = await tierInForce(tierDeps, ctx.account.userId);
    const chatId = ctx.chat.id;
    const telegram = ctx.telegram;
    const placeholder = await withRetryAfter(() => ctx.reply(say(lang, 'inspecting')));
    const previewId = randomBytes(4).toString('hex');
    // The session is saved when this update's handler returns, so the pending preview is
    // recorded now; inspection (seconds) runs detached and fills it in via the message.
    deps.detach(async () => {
      const outcome = await previewConversion({ inspector: deps.inspector, pending: pendingStore, logger: deps.logger }, { userId: ctx.account.userId, previewId, url, limits });
      const text = outcome.ok ? previewText(lang, outcome.pending) : refusalText(lang, outcome);
      await withRetryAfter(() => telegram.editMessageText(chatId, placeholder?.message_id, undefined, text, outcome.ok ? previewKeyboard(lang, previewId, outcome.pending, limits) : undefined));
    });
  }

  feature.action(/^cv:(fmt|enh):([0-9a-f]{8}):(\w+)$/, async (ctx) => {
    const [, what, previewId, value] = ctx.match as unknown as [string, 'fmt' | 'enh', string, string];
    const lang = ctx.account.lang;
    await choosePreviewOption(
      { ...tierDeps, pending: pendingStore },
      { userId: ctx.account.userId, previewId, choice: what === 'enh' ? { enhance: value === 'on' } : isAudioFormat(value) ? { format: value } : {} },
      {
        // A callback query is answered once (Telegram refuses a second answer): here with why.
        notInTier: async () => void (await withRetryAfter(() => ctx.answerCbQuery(say(lang, 'enhanceNotInTier'), { show_alert: true })).catch(() => undefined)),
        acknowledged: async () => void (await ctx.answerCbQuery().catch(() => undefined)),
        expired: async () => void (await withRetryAfter(() => ctx.editMessageText(say(lang, 'previewExpired')))),
        changed: async ({ pending, limits }) => void (await withRetryAfter(() => ctx.editMessageText(previewText(lang, pending), previewKeyboard(lang, previewId, pending, limits)))),
      },
    );
  });

  feature.action(/^cv:no:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    await pendingStore.delete(ctx.account.userId, ctx.match[1]!);
    await withRetryAfter(() => ctx.editMessageText(say(ctx.account.lang, 'previewCancelled')));
  });

  feature.action(/^cv:ok:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    const previewId = ctx.match[1]!;
    const lang = ctx.account.lang;
    if (!ctx.chat || !ctx.callbackQuery.message) return;
    const presenter: ConfirmPresenter = {
      expired: async () => void (await withRetryAfter(() => ctx.editMessageText(say(lang, 'previewExpired')))),
      enhancementGone: async ({ pending, limits }) => {
        await withRetryAfter(() => ctx.editMessageText(previewText(lang, pending), previewKeyboard(lang, previewId, pending, limits)));
        await withRetryAfter(() => ctx.reply(t(lang, 'previewEnhanceGone')));
      },
      refused: async ({ error, pending, limits }) => {
        const limit = error.details.limit;
        const text =
          limit === 'maxDurationSeconds'
            ? t(lang, 'previewTooLong', { duration: formatDuration(pending.durationSeconds), max: formatDuration(limits.maxDurationSeconds) })
            : limit === 'maxBytes'
              ? t(lang, 'previewTooLarge', { size: formatMegabytes(pending.estimatedBytes ?? 0, lang), max: formatMegabytes(limits.maxBytes, lang) })
              : domainErrorText(lang, error);
        await withRetryAfter(() => ctx.editMessageText(text));
      },
      insufficient: async ({ needed, available, withoutEnhancement }) => {
        const text =
          withoutEnhancement !== undefined
            ? say(lang, 'insufficientWithoutEnhance', { needed, available, price: withoutEnhancement })
            : `${say(lang, 'insufficient', { needed, available })}\n${say(lang, 'previewStillOpen')}`;
        await withRetryAfter(() => ctx.reply(text));
      },
      deliveredFromCache: async ({ title, price }) => void (await withRetryAfter(() => ctx.editMessageText(say(lang, 'doneCached', { title, price })))),
      queued: async ({ conversionId }) => void (await withRetryAfter(() => ctx.editMessageText(say(lang, 'queuedNext'), conversionCancelKeyboard(conversionText(lang, 'cancelJob'), conversionId)))),
    };
    await confirmConversion(
      {
        ...tierDeps,
        commands: deps.commands,
        pending: pendingStore,
        cache: deps.readModels,
        audio: telegramAudio(ctx.telegram),
        reservationTtlSeconds: deps.reservationTtlSeconds,
        logger: deps.logger,
      },
      { userId: ctx.account.userId, previewId, chatId: ctx.chat.id, statusMessageId: ctx.callbackQuery.message.message_id },
      presenter,
    );
  });

  feature.action(/^cv:x:([\w-]{36})$/, async (ctx) => {
    const lang = ctx.account.lang;
    const outcome = await cancelConversion(
      { commands: deps.commands, removeJob: (conversionId) => removeConversionJob(deps.pool, conversionId) },
      { userId: ctx.account.userId, conversionId: ctx.match[1]! },
    );
    if (outcome.cancelled) {
      await ctx.answerCbQuery().catch(() => undefined);
      await withRetryAfter(() => ctx.editMessageText(say(lang, 'failed.cancelled', { price: outcome.price })));
    } else {
      // (A callback query is answered once: here with why nothing was cancelled.)
      await withRetryAfter(() => ctx.answerCbQuery(domainErrorText(lang, outcome.error))).catch(() => undefined);
    }
  });

  return { composer: feature, offerConversion };
}

/** The application's audio port over the Bot API (429s waited out). */
export function telegramAudio(telegram: Telegram): AudioSender {
  return { sendAudio: (chatId, fileId) => withRetryAfter(() => telegram.sendAudio(chatId, fileId)) };
}

function previewText(lang: Language, pending: PendingConversion): string {
  return conversionText(lang, 'preview', {
    title: pending.title,
    duration: formatDuration(pending.durationSeconds),
    size: pending.estimatedBytes ? `~${formatMegabytes(pending.estimatedBytes, lang)}` : conversionText(lang, 'sizeUnknown'),
    price: conversionPrice(pending.durationSeconds, pending.enhance),
    enhanceNote: pending.enhance ? conversionText(lang, 'enhanceNote') : '',
  });
}

function previewKeyboard(lang: Language, previewId: string, pending: PendingConversion, limits: TierLimits) {
  const formats = AUDIO_FORMATS.map((f) => Markup.button.callback(f === pending.format ? `• ${f} •` : f, `cv:fmt:${previewId}:${f}`));
  const rows = [formats];
  if (limits.enhancement) {
    rows.push([Markup.button.callback(conversionText(lang, pending.enhance ? 'enhanceOn' : 'enhanceOff'), `cv:enh:${previewId}:${pending.enhance ? 'off' : 'on'}`)]);
  }
  rows.push([
    Markup.button.callback(conversionText(lang, 'confirm', { price: conversionPrice(pending.durationSeconds, pending.enhance) }), `cv:ok:${previewId}`),
    Markup.button.callback(conversionText(lang, 'cancel'), `cv:no:${previewId}`),
  ]);
  return Markup.inlineKeyboard(rows);
}
