import { servicePurpose } from '@app/domain';
import type { ServiceKind } from '@app/domain';
import type { CommandContext, Commands } from '@app/infrastructure';

/** What a service reserves before it starts: the credits it will capture once it is delivered. */
export interface ServiceReservation {
  userId: string;
  /** The service's id (a reading, a conversion): the reservation is named after it. */
  serviceId: string;
  /** `reading` or `conversion`: with the id, the purpose the ledger records. */
  kind: ServiceKind;
  amount: number;
  /** How long the credits stay held before the expiry sweeper releases them. */
  ttlSeconds: number;
  /** The reservation's command id (derived from the service, so a retried command appends nothing). */
  commandId: string;
}

/**
 * Reserves a service's price with an expiry. The ledger's decider refuses what the available
 * credits do not cover (`insufficient_credits`), under the stream's expected revision, so the
 * decision is made on up-to-date state whatever the caller last saw.
 */
export function reserveForService(commands: Commands, reservation: ServiceReservation, context: CommandContext, now = new Date()) {
  return commands.ledger(
    {
      type: 'ReserveCredits',
      commandId: reservation.commandId,
      userId: reservation.userId,
      reservationId: reservation.serviceId,
      amount: reservation.amount,
      purpose: servicePurpose(reservation.kind, reservation.serviceId),
      expiresAt: new Date(now.getTime() + reservation.ttlSeconds * 1000).toISOString(),
    },
    context,
  );
}
