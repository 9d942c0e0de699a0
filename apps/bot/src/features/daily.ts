import { cardById } from '@app/domain';
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
    const text = cardById(daily.card.cardId)!.text[lang];
    const side = daily.card.reversed ? text.reversed : text.upright;
    const lines = [
      t(lang, 'dailyTitle', { day: formatDate(daily.day, lang) }),
      '',
      `${text.name}${daily.card.reversed ? ` (${t(lang, 'reversedMark')})` : ''}`,
      side.meaning,
      t(lang, 'keywords', { keywords: side.keywords.join(', ') }),
      ...(daily.again ? ['', t(lang, 'dailyAgain')] : []),
    ];
    const picture = daily.picture;
    if (picture) await withRetryAfter(() => ctx.replyWithPhoto({ source: picture, filename: 'daily.png' }));
    return withRetryAfter(() => ctx.reply(lines.join('\n')));
  });

  return feature;
}
