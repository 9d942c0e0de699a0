import type { Pool } from 'pg';

/** An open reservation, as the `open_reservations` read model holds it. */
export interface OpenReservationRow {
  reservationId: string;
  userId: string;
}

/** Queries on the `open_reservations` read model (open-reservations.projection.ts); the only code that reads it. */
export class OpenReservationQueries {
  constructor(private readonly pool: Pool) {}

  /** Reservations that had expired by `expiredBy`, soonest expired first, at most `limit`. */
  async expiredBy(expiredBy: Date, limit: number): Promise<OpenReservationRow[]> {
    const { rows } = await this.pool.query<{ reservation_id: string; user_id: string }>(
      `SELECT reservation_id, user_id FROM open_reservations WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [expiredBy, limit],
    );
    return rows.map((row) => ({ reservationId: row.reservation_id, userId: row.user_id }));
  }
}
