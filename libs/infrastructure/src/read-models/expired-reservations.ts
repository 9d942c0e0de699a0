import type { Pool } from 'pg';
import { OpenReservationQueries, type OpenReservationRow } from './open-reservations.queries';
import { ProjectionStatusQueries } from './projection-status.queries';

/**
 * What the reservation-expiry sweeper reads: the `open_reservations` read model and the
 * checkpoints of the projections it waits for. A facade over their query modules.
 */
export class ExpiredReservations {
  private readonly reservations: OpenReservationQueries;
  private readonly checkpoints: ProjectionStatusQueries;

  constructor(pool: Pool) {
    this.reservations = new OpenReservationQueries(pool);
    this.checkpoints = new ProjectionStatusQueries(pool); // checkpoints only, never the log
  }

  /** Whether every named projection is running and has read the log up to `position`. */
  settledThrough(projections: string[], position: number): Promise<boolean> {
    return this.checkpoints.settledThrough(projections, position);
  }

  /** Reservations that had expired by `expiredBy`, soonest expired first, at most `limit`. */
  expiredBy(expiredBy: Date, limit: number): Promise<OpenReservationRow[]> {
    return this.reservations.expiredBy(expiredBy, limit);
  }
}
