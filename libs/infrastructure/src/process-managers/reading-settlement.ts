import { DomainError, ReadingDelivered, ReadingFailed } from '@app/domain';
import { Commands } from '../command-handling/commands';
import { deterministicId, systemActor } from '../event-store/envelope';
import { RecordedEvent } from '../event-store/event-store.port';
import type { Logger } from '../logging/logger';
import { Projection } from '../projections/projection';

/**
 * Process manager: settles each reading's credits from the log. ReadingDelivered →
 * CaptureReservation; ReadingFailed → ReleaseReservation (the bot has usually released already, so
 * that the user has the credits back at once: then this changes nothing). Because capture follows
 * the delivery event, a bot that stops right after delivering still charges exactly once, and a
 * reading never marked delivered is never charged. Command ids derive from the reading, so a replay
 * settles nothing twice; the batch's readings are settled side by side (one user's in order).
 */
export function readingSettlement(commands: Commands, logger: Logger): Projection {
  return {
    name: 'reading_settlement',
    filter: { eventTypes: ['ReadingDelivered', 'ReadingFailed'] },
    tables: [],
    async handle(events) {
      await Promise.all(
        (events as RecordedEvent<(ReadingDelivered | ReadingFailed)['data']>[]).map(async (event) => {
          const { readingId, userId } = event.data;
          const context = { actor: systemActor('reading-settlement'), causationId: event.id, correlationId: event.metadata.correlationId };
          try {
            if (event.type === 'ReadingDelivered') {
              await commands.ledger({ type: 'CaptureReservation', commandId: deterministicId(`reading-capture:${readingId}`), userId, reservationId: readingId }, context);
            } else {
              const reason = `reading ${(event.data as ReadingFailed['data']).reason}`;
              await commands.ledger({ type: 'ReleaseReservation', commandId: deterministicId(`reading-release:${readingId}`), userId, reservationId: readingId, reason }, context);
            }
          } catch (error) {
            // No reservation (it was refused) or one settled otherwise (the expiry sweeper): nothing to do.
            if (!(error instanceof DomainError)) throw error;
            logger.info({ readingId, code: error.code, err: error.message }, 'reading reservation not settled');
          }
        }),
      );
    },
  };
}
