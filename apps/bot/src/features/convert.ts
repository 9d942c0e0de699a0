import { randomBytes } from 'node:crypto';
import {
  AUDIO_FORMATS,
  conversion,
  conversionStream,
  conversionPrice,
  DomainError,
  isAudioFormat,
  Language,
  normalizeText,
  Tier,
  TierLimits,
} from '@app/domain';
import { reserveForService } from '@app/application';
import { AggregateRunner, Commands, conversionCancelKeyboard, conversionText, removeConversionJob, deterministicId, formatDuration, formatMegabytes, LinkInspector, refusalText, withRetryAfter } from '@app/infrastructure';
import type { CommandContext, ConversionTextKey, Logger, ReadModels } from '@app/infrastructure';
import type { Pool } from 'pg';
import { Composer, Markup } from 'telegraf';
import type { BotContext } from '../context';
import { claimPending, deletePending, loadPending, PendingConversion, reopenPending, savePending } from '../conversion/pending-conversions';
import { domainErrorText, t } from '../i18n';

export interface ConvertDeps {
  commands: Commands;
  runner: AggregateRunner;
  readModels: ReadModels;
  inspector: LinkInspector;
  limits: Record<Tier, TierLimits>;
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
 * → format / enhancement / confirm buttons → ReserveCredits + ConversionRequested, and the preview
 * message becomes the status message the worker edits. A cache hit is sent at once.
 */
export function convertFeature(deps: ConvertDeps): ConvertFeature {
  const feature = new Composer<BotContext>();
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
   * in force (the account brought up to date) sets the limits checked and whether enhancement is
   * offered.
   */
  async function offerConversion(ctx: BotContext, url: string): Promise<void> {
    if (!ctx.account.user.registered || !ctx.chat) return;
    const lang = ctx.account.lang;
    const { tier } = await ctx.account.current();
    const limits = deps.limits[tier];
    const chatId = ctx.chat.id;
    const telegram = ctx.telegram;
    const placeholder = await withRetryAfter(() => ctx.reply(say(lang, 'inspecting')));
    const previewId = randomBytes(4).toString('hex');
    // The session is saved when this update's handler returns, so the pending preview is
    // recorded now; inspection (seconds) runs detached and fills it in via the message.
    deps.detach(async () => {
      const result = await deps.inspector.inspect(url, limits);
      if (!result.ok) {
        deps.logger.info({ url, reason: result.reason, detail: result.detail }, 'link refused');
        await withRetryAfter(() => telegram.editMessageText(chatId, placeholder?.message_id, undefined, refusalText(lang, result)));
        return;
      }
      const pending: PendingConversion = { ...result.preview, format: 'mp3', enhance: false, createdAt: Date.now() };
      await savePending(deps.pool, ctx.account.userId, previewId, pending);
      await withRetryAfter(() => telegram.editMessageText(chatId, placeholder?.message_id, undefined, previewText(lang, pending), previewKeyboard(lang, previewId, pending, limits)));
    });
  }

  feature.action(/^cv:(fmt|enh):([0-9a-f]{8}):(\w+)$/, async (ctx) => {
    const [, what, previewId, value] = ctx.match as unknown as [string, 'fmt' | 'enh', string, string];
    const lang = ctx.account.lang;
    const limits = deps.limits[(await ctx.account.current()).tier];
    // A callback query is answered once (Telegram refuses a second answer): here with why.
    if (what === 'enh' && !limits.enhancement) {
      return withRetryAfter(() => ctx.answerCbQuery(say(lang, 'enhanceNotInTier'), { show_alert: true })).catch(() => undefined);
    }
    await ctx.answerCbQuery().catch(() => undefined);
    const pending = await loadPending(deps.pool, ctx.account.userId, previewId);
    if (!pending) return withRetryAfter(() => ctx.editMessageText(say(lang, 'previewExpired')));
    if (what === 'fmt' && isAudioFormat(value)) pending.format = value;
    if (what === 'enh') pending.enhance = value === 'on';
    // A preview shown under another tier is redrawn under this one.
    if (!limits.enhancement) pending.enhance = false;
    await savePending(deps.pool, ctx.account.userId, previewId, pending);
    await withRetryAfter(() => ctx.editMessageText(previewText(lang, pending), previewKeyboard(lang, previewId, pending, limits)));
  });

  feature.action(/^cv:no:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    await deletePending(deps.pool, ctx.account.userId, ctx.match[1]!);
    await withRetryAfter(() => ctx.editMessageText(say(ctx.account.lang, 'previewCancelled')));
  });

  feature.action(/^cv:ok:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    const previewId = ctx.match[1]!;
    const lang = ctx.account.lang;
    const { userId } = ctx.account;
    if (!ctx.chat || !ctx.callbackQuery.message) return;
    // Claimed once: a double tap or a re-delivered update finds nothing and changes nothing.
    const pending = await claimPending(deps.pool, ctx.account.userId, previewId);
    if (pending === 'claimed') return;
    if (!pending) return withRetryAfter(() => ctx.editMessageText(say(lang, 'previewExpired')));
    // The confirm re-checks the preview against the tier in force now (the account brought up to
    // date): a preview opened under another tier may no longer fit it.
    const user = await ctx.account.current();
    const limits = deps.limits[user.tier];
    if (pending.enhance && !limits.enhancement) {
      const redrawn = { ...pending, enhance: false };
      await reopenPending(deps.pool, ctx.account.userId, previewId, redrawn);
      await withRetryAfter(() => ctx.editMessageText(previewText(lang, redrawn), previewKeyboard(lang, previewId, redrawn, limits)));
      await withRetryAfter(() => ctx.reply(t(lang, 'previewEnhanceGone')));
      return;
    }
    const enhance = pending.enhance;
    const price = conversionPrice(pending.durationSeconds, enhance);
    // Derived from the preview: pressing confirm twice (or a re-delivered update) is one conversion.
    const conversionId = deterministicId(`conversion:${userId}:${previewId}`);
    const context: CommandContext = { actor: { kind: 'user', id: userId }, correlationId: conversionId };
    const statusMessageId = ctx.callbackQuery.message.message_id;
    const chatId = ctx.chat.id;
    const request = {
      type: 'RequestConversion' as const,
      commandId: deterministicId(`${conversionId}:request`),
      conversionId,
      userId,
      chatId,
      statusMessageId,
      url: pending.url,
      mediaId: pending.mediaId,
      title: pending.title,
      durationSeconds: pending.durationSeconds,
      format: pending.format,
      enhance,
      tier: user.tier,
      reservationId: conversionId,
      price,
      limits,
      ...(pending.estimatedBytes !== undefined ? { estimatedBytes: pending.estimatedBytes } : {}),
    };
    // The conversion's own rules (the tier's length, size and enhancement limits among them) are
    // asked before anything is reserved: a refusal reserves nothing and records nothing.
    try {
      conversion.decide(request, conversion.initialState());
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await deletePending(deps.pool, ctx.account.userId, previewId);
      const limit = error.details.limit;
      const text =
        limit === 'maxDurationSeconds'
          ? t(lang, 'previewTooLong', { duration: formatDuration(pending.durationSeconds), max: formatDuration(limits.maxDurationSeconds) })
          : limit === 'maxBytes'
            ? t(lang, 'previewTooLarge', { size: formatMegabytes(pending.estimatedBytes ?? 0, lang), max: formatMegabytes(limits.maxBytes, lang) })
            : domainErrorText(lang, error);
      return withRetryAfter(() => ctx.editMessageText(text));
    }
    try {
      await reserveForService(
        deps.commands,
        { userId, serviceId: conversionId, kind: 'conversion', amount: price, ttlSeconds: deps.reservationTtlSeconds, commandId: deterministicId(`${conversionId}:reserve`) },
        context,
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'insufficient_credits') {
        // Nothing was reserved: the preview goes back to its buttons, to be changed (a cheaper
        // choice) or confirmed once credits arrive; the reply says what fits, if anything does.
        await reopenPending(deps.pool, ctx.account.userId, previewId, pending);
        const available = Number(error.details.available ?? 0);
        const plain = conversionPrice(pending.durationSeconds, false);
        const text =
          enhance && plain <= available
            ? say(lang, 'insufficientWithoutEnhance', { needed: price, available, price: plain })
            : `${say(lang, 'insufficient', { needed: price, available })}\n${say(lang, 'previewStillOpen')}`;
        return withRetryAfter(() => ctx.reply(text));
      }
      throw error;
    }
    // Released only when the request certainly was not recorded (if it was, settlement releases).
    const release = async (reason: string) => {
      const { state } = await deps.runner.state(conversion, conversionStream(conversionId));
      if (state.status !== 'none') return;
      await deps.commands.ledger({ type: 'ReleaseReservation', commandId: deterministicId(`${conversionId}:release`), userId, reservationId: conversionId, reason }, context);
    };

    // Same media, format and enhancement delivered before: re-send the stored file at once; the
    // request is recorded as delivered in the same append, so it is never queued.
    const cached = await deps.readModels.cachedAudio(pending.mediaId, pending.format, enhance);
    if (cached) {
      let sent = false;
      try {
        for (const fileId of cached) await withRetryAfter(() => ctx.telegram.sendAudio(chatId, fileId));
        sent = true;
      } catch (error) {
        deps.logger.warn({ conversionId, err: error }, 'cached audio could not be re-sent; converting instead');
      }
      if (sent) {
        try {
          await deps.commands.conversion({ ...request, cachedFileIds: cached }, context);
        } catch (error) {
          await release('request refused');
          throw error;
        }
        await withRetryAfter(() => ctx.editMessageText(say(lang, 'doneCached', { title: pending.title, price })));
        return;
      }
    }

    // The status message shows the queue before the request exists, so the worker (which may pick
    // the job up within milliseconds) is always the later editor.
    await withRetryAfter(() => ctx.editMessageText(say(lang, 'queuedNext'), conversionCancelKeyboard(lang, conversionId)));
    try {
      const outcome = await deps.commands.conversion(request, context);
      if (outcome.appended.length === 0) return; // already confirmed
    } catch (error) {
      await release('request refused');
      throw error;
    }
  });

  feature.action(/^cv:x:([\w-]{36})$/, async (ctx) => {
    const conversionId = ctx.match[1]!;
    const lang = ctx.account.lang;
    try {
      const outcome = await deps.commands.conversion(
        { type: 'CancelConversion', commandId: deterministicId(`cancel:${conversionId}`), conversionId, userId: ctx.account.userId },
        { actor: { kind: 'user', id: ctx.account.userId }, correlationId: conversionId },
      );
      // Not started yet: take it off the queue (a running job sees the cancel within a second).
      await removeConversionJob(deps.pool, conversionId);
      const price = outcome.state.request?.price ?? 0;
      await ctx.answerCbQuery().catch(() => undefined);
      await withRetryAfter(() => ctx.editMessageText(say(lang, 'failed.cancelled', { price })));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // (A callback query is answered once: here with why nothing was cancelled.)
      await withRetryAfter(() => ctx.answerCbQuery(domainErrorText(lang, error))).catch(() => undefined);
    }
  });

  return { composer: feature, offerConversion };
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
