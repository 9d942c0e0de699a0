import type { Pool } from 'pg';
import type { EventStore } from '../event-store/event-store.port';
import { iso } from './rows';

export interface ProjectionStatusView {
  name: string;
  position: number;
  lag: number;
  status: 'running' | 'failed';
  eventsProcessed: number;
  error: string | null;
  failedEventId: string | null;
  failedPosition: number | null;
  updatedAt: string;
}

/** Queries on the projections' checkpoints (`projection_status`, kept by the projector); the only code that reads them. */
export class ProjectionStatusQueries {
  constructor(
    private readonly pool: Pool,
    /** Measures lag; only `projections()` needs it. */
    private readonly store?: Pick<EventStore, 'countAfter'>,
  ) {}

  /** Status of every projection; lag counts events still to process, up to `lagCap`. */
  async projections(lagCap = 100_000): Promise<ProjectionStatusView[]> {
    const { rows } = await this.pool.query(
      `SELECT name, position::float8, status, events_processed::float8, error, failed_event_id,
              failed_position::float8, updated_at
         FROM projection_status ORDER BY name`,
    );
    const store = this.store;
    if (!store) throw new Error('projection lag needs the event store');
    const lags = await Promise.all(rows.map((r) => store.countAfter(r.position, lagCap)));
    return rows.map((r, i) => ({
      name: r.name,
      position: r.position,
      lag: lags[i]!,
      status: r.status,
      eventsProcessed: r.events_processed,
      error: r.error,
      failedEventId: r.failed_event_id,
      failedPosition: r.failed_position,
      updatedAt: iso(r.updated_at),
    }));
  }

  /** Whether every named projection is running and has read the log up to `position`. */
  async settledThrough(projections: string[], position: number): Promise<boolean> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM projection_status WHERE name = ANY ($1::text[]) AND position >= $2 AND status = 'running'`,
      [projections, position],
    );
    return rows[0]!.n === new Set(projections).size;
  }
}
