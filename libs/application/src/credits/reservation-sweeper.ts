import { DomainError } from '@app/domain';
import { deterministicId, systemActor } from '@app/infrastructure';
import type { Commands, EventStore, ExpiredReservations, Logger } from '@app/infrastructure';

/** A moment of the log: its head position, and the wall-clock time it was read. */
interface Mark {
  position: number;
  at: Date;
}

export interface SweeperOptions {
  intervalMs: number;
  /**
   * Projections that must have read past a moment before reservations that expired by then are
   * released: the process managers that capture (a service delivered just before its reservation
   * expired is charged, not released) and `open_reservations`, which the sweep reads.
   */
  watched: string[];
}

/**
 * Releases reservations past their expiry. Its state is the `open_reservations` read model (built
 * from the log), so a restart loses nothing; the timer only decides when to look. Each release is
 * an idempotent command keyed by the reservation, so two sweepers at once change nothing twice.
 *
 * A reservation is released only once the settling process managers have read the log past a
 * moment after it expired: each tick marks the log's head, and a later tick releases what had
 * expired at that mark once every watched checkpoint is past it. A projector that was down (or
 * behind) therefore captures what was delivered before the sweeper can release it; while a
 * settlement is stuck (failed), nothing expires and the sweeper says so.
 */
export class ReservationSweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private mark?: Mark;
  private lastBlockedWarning = 0;

  constructor(
    /** The open reservations and the watched checkpoints (`ExpiredReservations` in infrastructure). */
    private readonly reads: Pick<ExpiredReservations, 'settledThrough' | 'expiredBy'>,
    private readonly store: EventStore,
    private readonly commands: Commands,
    private readonly logger: Logger,
    private readonly options: SweeperOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch((error) => {
          this.logger.warn({ err: error }, 'reservation sweep failed');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * One look: releases what had expired at the previous mark if the watched projections have read
   * past it, then marks the log again. Returns how many reservations were released.
   */
  async tick(): Promise<number> {
    const mark = this.mark;
    if (mark && !(await this.settledThrough(mark.position))) {
      const blockedMs = Date.now() - mark.at.getTime();
      if (blockedMs > 60_000 && Date.now() - this.lastBlockedWarning > 60_000) {
        this.lastBlockedWarning = Date.now();
        this.logger.warn({ blockedSeconds: Math.round(blockedMs / 1000), watched: this.options.watched }, 'expired reservations held: settlement projections are behind or failed');
      }
      return 0;
    }
    const next = { position: await this.store.headPosition(), at: new Date() };
    const released = mark ? await this.sweep(mark.at) : 0;
    this.mark = next;
    return released;
  }

  /** Whether every watched projection has read the log up to `position`. */
  private settledThrough(position: number): Promise<boolean> {
    return this.reads.settledThrough(this.options.watched, position);
  }

  /** Releases every reservation expired at `expiredBy`; returns how many were released. */
  private async sweep(expiredBy: Date): Promise<number> {
    const expired = await this.reads.expiredBy(expiredBy, 500);
    let released = 0;
    for (const row of expired) {
      try {
        const outcome = await this.commands.ledger(
          {
            type: 'ReleaseReservation',
            commandId: deterministicId(`expire:${row.reservationId}`),
            userId: row.userId,
            reservationId: row.reservationId,
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
