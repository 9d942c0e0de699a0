import { ReadingDelivered } from '@app/domain';
import type { Commands, Logger, Projection } from '@app/infrastructure';
import { reservationSettlement } from '../credits/settlement';

/**
 * Each reading's credits, settled from the log: captured on ReadingDelivered, released on
 * ReadingFailed (the bot has usually released already, so that the user has the credits back at
 * once: then this changes nothing). The reservation id is the reading id.
 */
export function readingSettlement(commands: Commands, logger: Logger): Projection {
  return reservationSettlement(commands, logger, {
    subject: 'reading',
    captureOn: 'ReadingDelivered',
    releaseOn: 'ReadingFailed',
    reservationOf: (data) => {
      const { readingId, userId } = data as ReadingDelivered['data'];
      return { reservationId: readingId, userId };
    },
  });
}
