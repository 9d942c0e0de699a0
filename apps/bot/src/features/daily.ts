import { composeDailyCard } from '@app/domain';
import { DailyCardDeps, drawDailyCard } from '@app/application';
import { withRetryAfter } from '@app/infrastructure';
import type { Logger } from '@app/infrastructure';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { requireUser } from '../reply';
import { formatDate, t } from '@app/texts';

export interface DailyDeps extends DailyCardDeps {
  logger: Logger;
}

/** /daily: the card of the UTC day, drawn once (asked again, the same card). */
export function dailyFeature(deps: DailyDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('daily', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const daily = await drawDailyCard({ userId: ctx.account.userId, preferences: ctx.account.user.preferences, language: lang }, deps);
    // The day's reading (the card named with its reversal agreeing, the meaning for the day, one thing to do, a close),
    // worded the same all day for this user.
    const reading = composeDailyCard({ cardId: daily.card.cardId, reversed: daily.card.reversed, day: daily.day, language: lang, seed: ctx.account.userId });
    const lines = [t(lang, 'dailyTitle', { day: formatDate(daily.day, lang) }), '', reading, ...(daily.again ? ['', t(lang, 'dailyAgain')] : [])];
    const picture = daily.picture;
    if (picture) await withRetryAfter(() => ctx.replyWithPhoto({ source: picture, filename: 'daily.png' }));
    return withRetryAfter(() => ctx.reply(lines.join('\n')));
  });

  return feature;
}
