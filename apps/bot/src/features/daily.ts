import { randomInt } from 'node:crypto';
import { cardById, DECK, drawCards, spreadById, utcDay } from '@app/domain';
import { deterministicId, formatDate, withRetryAfter } from '@app/infrastructure';
import type { Commands, Logger } from '@app/infrastructure';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { t } from '../i18n';
import type { ReadingFlowDeps } from '../tarot/reading-flow';
import { requireUser } from '../reply';

const ONE_CARD = spreadById('one_card')!;

export interface DailyDeps {
  commands: Commands;
  logger: Logger;
  renderSpread?: ReadingFlowDeps['renderSpread'];
}

/** /daily: the card of the UTC day, drawn once (asked again, the same card). */
export function dailyFeature(deps: DailyDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('daily', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
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

  return feature;
}
