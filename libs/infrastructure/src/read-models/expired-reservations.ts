import type { Pool } from 'pg';

/** An open reservation, as the `open_reservations` read model holds it. */
export interface OpenReservationRow {
  reservationId: string;
  userId: string;
}

/**
 * What the reservation-expiry sweeper reads: the `open_reservations` read model and the
 * checkpoints of the projections it waits for (`projection_status`).
 */
export class ExpiredReservations {
  constructor(private readonly pool: Pool) {}

  /** Whether every named projection is running and has read the log up to `position`. */
  async settledThrough(projections: string[], position: number): Promise<boolean> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM projection_status WHERE name = ANY ($1::text[]) AND position >= $2 AND status = 'running'`,
      [projections, position],
    );
    return rows[0]!.n === new Set(projections).size;
  }

  /** Reservations that had expired by `expiredBy`, soonest expired first, at most `limit`. */
  async expiredBy(expiredBy: Date, limit: number): Promise<OpenReservationRow[]> {
    const { rows } = await this.pool.query<{ reservation_id: string; user_id: string }>(
      `SELECT reservation_id, user_id FROM open_reservations WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [expiredBy, limit],
    );
    return rows.map((row) => ({ reservationId: row.reservation_id, userId: row.user_id }));
  }
}
