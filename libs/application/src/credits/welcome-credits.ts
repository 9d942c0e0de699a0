import { UserRegistered } from '@app/domain';
import { deterministicId, systemActor } from '@app/infrastructure';
import type { Commands, Projection, RecordedEvent } from '@app/infrastructure';

/** Process manager: every newly registered user gets the welcome grant, exactly once. */
export function welcomeCreditsProcess(commands: Commands, amount: number): Projection {
  return {
    name: 'welcome_credits',
    filter: { eventTypes: ['UserRegistered'] },
    tables: [],
    async handle(events) {
      if (amount <= 0) return;
      for (const event of events as RecordedEvent<UserRegistered['data']>[]) {
        const userId = event.data.userId;
        await commands.ledger(
          {
            type: 'GrantCredits',
            commandId: deterministicId(`welcome:${userId}`),
            userId,
            amount,
            source: 'welcome',
            grantKey: 'welcome',
          },
          { actor: systemActor('welcome-credits'), causationId: event.id, correlationId: event.metadata.correlationId },
        );
      }
    },
  };
}
