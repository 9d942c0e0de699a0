import { UserRegistered } from '@app/domain';
import { deterministicId, systemActor } from '@app/infrastructure';
import type { CommandContext, Commands, Projection, RecordedEvent } from '@app/infrastructure';

/**
 * The welcome grant: `amount` credits for a new account, exactly once (the command id derives from
 * the user, and the grant key is `welcome`). Registration grants it at once, for an immediate
 * balance; the welcome process grants it again from the log, which changes nothing unless the
 * registering process stopped in between. Nothing is granted when `amount` is 0.
 */
export async function grantWelcomeCredits(commands: Commands, userId: string, amount: number, context: Partial<CommandContext> = {}): Promise<void> {
  if (amount <= 0) return;
  await commands.ledger(
    { type: 'GrantCredits', commandId: deterministicId(`welcome:${userId}`), userId, amount, source: 'welcome', grantKey: 'welcome' },
    { ...context, actor: systemActor('welcome-credits') },
  );
}

/** Process manager: every newly registered user gets the welcome grant, exactly once. */
export function welcomeCreditsProcess(commands: Commands, amount: number): Projection {
  return {
    name: 'welcome_credits',
    filter: { eventTypes: ['UserRegistered'] },
    tables: [],
    async handle(events) {
      if (amount <= 0) return;
      for (const event of events as RecordedEvent<UserRegistered['data']>[]) {
        await grantWelcomeCredits(commands, event.data.userId, amount, { causationId: event.id, correlationId: event.metadata.correlationId });
      }
    },
  };
}
