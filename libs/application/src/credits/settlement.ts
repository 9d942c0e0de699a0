import { DomainError } from '@app/domain';
import { deterministicId, systemActor } from '@app/infrastructure';
import type { Commands, Logger, Projection, RecordedEvent } from '@app/infrastructure';

export interface SettlementSpec {
  /** Names the process manager (`<subject>_settlement`), its actor, its command ids and its release reasons. */
  subject: string;
  /** The event after which the reservation is captured (the service was delivered) … */
  captureOn: string;
  /** … and the one after which it is released (the service failed; its data has a `reason`). */
  releaseOn: string;
  /** The reservation an event settles (its id is also the subject's id). */
  reservationOf(data: unknown): { reservationId: string; userId: string };
}

/**
 * Process manager: settles a service's credits from the log. Delivered → CaptureReservation;
 * failed → ReleaseReservation. Because capture follows the delivery event, a process that stops
 * right after delivering still charges exactly once, and nothing is charged without it. Command ids
 * derive from the reservation, so a replay settles nothing twice; a batch's reservations are settled
 * side by side (one user's in order). A reservation that does not exist (it was refused) or was
 * settled otherwise (the expiry sweeper, or the service itself releasing at once) is logged.
 */
export function reservationSettlement(commands: Commands, logger: Logger, spec: SettlementSpec): Projection {
  return {
    name: `${spec.subject}_settlement`,
    filter: { eventTypes: [spec.captureOn, spec.releaseOn] },
    tables: [],
    settlesReservations: true,
    async handle(events) {
      await Promise.all(
        (events as RecordedEvent<{ reason?: string }>[]).map(async (event) => {
          const { reservationId, userId } = spec.reservationOf(event.data);
          const context = { actor: systemActor(`${spec.subject}-settlement`), causationId: event.id, correlationId: event.metadata.correlationId };
          try {
            if (event.type === spec.captureOn) {
              await commands.ledger({ type: 'CaptureReservation', commandId: deterministicId(`${spec.subject}-capture:${reservationId}`), userId, reservationId }, context);
            } else {
              await commands.ledger(
                { type: 'ReleaseReservation', commandId: deterministicId(`${spec.subject}-release:${reservationId}`), userId, reservationId, reason: `${spec.subject} ${event.data.reason}` },
                context,
              );
            }
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            logger.info({ reservationId, code: error.code, err: error.message }, `${spec.subject} reservation not settled`);
          }
        }),
      );
    },
  };
}
