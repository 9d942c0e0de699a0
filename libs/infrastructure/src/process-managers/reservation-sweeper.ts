import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { DomainError } from '@app/domain';
import { Commands } from '../command-handling/commands';
import { deterministicId, systemActor } from '../event-store/envelope';

/**
 * Releases reservations past their expiry. Its state is the `open_reservations` read model (built
 * from the log), so a restart loses nothing; the timer only decides when to look. Each release is
 * an idempotent command keyed by the reservation, so two sweepers at once change nothing twice.
 */
export class ReservationSweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly pool: Pool,
    private readonly commands: Commands,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error) => {
          this.logger.warn({ err: error }, 'reservation sweep failed');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Releases every reservation expired at `now`; returns how many were released. */
  async sweep(now: Date = new Date()): Promise<number> {
    const { rows } = await this.pool.query<{ reservation_id: string; user_id: string }>(
      `SELECT reservation_id, user_id FROM open_reservations WHERE expires_at <= $1 ORDER BY expires_at LIMIT 500`,
      [now],
    );
    let released = 0;
    for (const row of rows) {
      try {
        const outcome = await this.commands.ledger(
          {
            type: 'ReleaseReservation',
            commandId: deterministicId(`expire:${row.reservation_id}`),
            userId: row.user_id,
            reservationId: row.reservation_id,
            reason: 'expired',
          },
          { actor: systemActor('reservation-sweeper') },
        );
        released += outcome.appended.length;
      } catch (error) {
        // Captured just before the sweep: the read model had not caught up yet. Nothing to release.
        if (error instanceof DomainError && error.code === 'reservation_already_settled') continue;
        throw error;
      }
    }
    if (released > 0) this.logger.info({ released }, 'released expired reservations');
    return released;
  }
}
