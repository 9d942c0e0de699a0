import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { say } from '../reply';
import { t } from '@app/texts';

/** Whatever else arrives gets an answer too, and changes nothing (so this comes last). */
export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('message', (ctx) => say(ctx, 'textOnly'));
  feature.on('edited_message', (ctx) => say(ctx, 'editedIgnored'));
  feature.on('callback_query', (ctx) => ctx.answerCbQuery(t(ctx.account.lang, 'buttonExpired')).catch(() => undefined));
  return feature;
}
