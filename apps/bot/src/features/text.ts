import { normalizeText } from '@app/domain';
import { withRetryAfter } from '@app/infrastructure';
import { Composer } from 'telegraf';
import type { BackgroundTasks } from '../background-tasks';
import type { BotContext } from '../context';
import { CrisisGate, userText } from '../crisis-gate';
import { say } from '../reply';
import type { ConvertFeature } from './convert';
import { findLink } from './convert';
import type { TarotFeature } from './tarot';
import { t } from '@app/texts';

export interface TextDeps {
  tasks: BackgroundTasks;
  crisis: CrisisGate;
  tarot: Pick<TarotFeature, 'answerQuestion'>;
  /** Absent, links are not offered for conversion. */
  convert?: Pick<ConvertFeature, 'offerConversion'>;
}

/**
 * Text that no command took (a command is text too, so this comes after every command): the
 * answer to an open question step, else a link to convert, else the default reply.
 */
export function textFeature(deps: TextDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { crisis, convert } = deps;

  feature.on('text', async (ctx) => {
    const flow = ctx.session?.flow;
    if (!ctx.account.user.registered) return say(ctx, 'notRegistered');
    if (flow) return deps.tarot.answerQuestion(ctx, flow);
    const link = convert && findLink(normalizeText(ctx.message.text));
    if (link) return convert.offerConversion(ctx, link);
    // The default reply waits for moderation's second opinion on what was written (detached:
    // up to 1.5 s); a bare command has nothing to ask about.
    const text = userText(ctx);
    if (!crisis.moderated || !text) return say(ctx, 'unknown');
    const [chatId, lang, telegram] = [ctx.chat.id, ctx.account.lang, ctx.telegram];
    return deps.tasks.run(async () => {
      if (!(await crisis.flaggedByModeration(telegram, chatId, text, lang))) await withRetryAfter(() => telegram.sendMessage(chatId, t(lang, 'unknown')));
    });
  });

  return feature;
}
