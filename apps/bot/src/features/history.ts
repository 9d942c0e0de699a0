import { CONVERSION_FAILURE_REASONS, ConversionFailureReason, spreadById } from '@app/domain';
import { splitForTelegram, withRetryAfter } from '@app/infrastructure';
import type { Logger, ReadModels } from '@app/infrastructure';
import { Composer, Markup } from 'telegraf';
import type { BotContext } from '../context';
import { requireUser, say } from '../reply';
import { conversionText, formatDate, shorten } from '@app/texts';
import type { ConversionTextKey } from '@app/texts';

const isFailureReason = (reason: string | null): reason is ConversionFailureReason => (CONVERSION_FAILURE_REASONS as readonly (string | null)[]).includes(reason);

export interface HistoryDeps {
  readModels: ReadModels;
  logger: Logger;
}

/** /history: the last conversions, and the last readings as buttons that show each one again. */
export function historyFeature(deps: HistoryDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('history', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
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

  feature.action(/^reading:([\w-]+)$/, async (ctx) => {
    await ctx.answerCbQuery().catch(() => undefined);
    const text = await deps.readModels.readingText(ctx.account.userId, ctx.match[1]!);
    if (!text) return say(ctx, 'readingNotFound');
    for (const part of splitForTelegram(text)) await withRetryAfter(() => ctx.reply(part));
  });

  return feature;
}
