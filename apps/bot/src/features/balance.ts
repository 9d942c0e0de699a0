import { availableOf, creditLedger, creditsStream } from '@app/domain';
import { creditActivity } from '@app/infrastructure';
import type { AggregateRunner, EventStore, Logger, ReadModels } from '@app/infrastructure';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { requireUser, say } from '../reply';
import { activityText } from '@app/texts';

/** How many lines /balance's "Recent" shows. */
const RECENT_LINES = 5;

export interface BalanceDeps {
  store: EventStore;
  runner: AggregateRunner;
  readModels: ReadModels;
  logger: Logger;
}

/** /balance: available and reserved credits, and the last few movements. */
export function balanceFeature(deps: BalanceDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('balance', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const stream = creditsStream(ctx.account.userId);
    // The log, not a read model, says what moved (so the last purchase is always there); the read
    // models name what it paid for. A reservation makes at most two events: 2 × 5 give five lines.
    const [{ state }, recent] = await Promise.all([
      deps.runner.state(creditLedger, stream),
      deps.store.readStream(stream, { direction: 'backwards', maxCount: 2 * RECENT_LINES }),
    ]);
    const values = { available: availableOf(state), reserved: state.reserved };
    if (recent.length === 0) return say(ctx, 'balanceEmpty', values);
    const lines = await deps.readModels.describeActivity(ctx.account.userId, creditActivity(recent, RECENT_LINES));
    return say(ctx, 'balance', { ...values, entries: lines.map((line) => activityText(ctx.account.lang, line)).join('\n') });
  });

  return feature;
}
