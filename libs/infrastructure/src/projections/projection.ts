import type { PoolClient } from 'pg';
import { EventFilter, RecordedEvent } from '../event-store/event-store.port';

/** A read-model table a projection owns. `ddl` creates it under any name, so rebuilds can build a fresh copy. */
export interface ReadModelTable {
  name: string;
  /** Statements creating the table called `table` (already quoted). Leave index names to PostgreSQL. */
  ddl(table: string): string[];
}

export interface ProjectionContext {
  client: PoolClient;
  /** The quoted name to write to for one of this projection's tables (differs during a rebuild). */
  table(name: string): string;
}

/**
 * A named function from events to SQL. The projector calls `handle` with a batch inside a
 * transaction that also moves the projection's checkpoint, so each event takes effect once.
 * Process managers are projections without tables whose handlers issue idempotent commands.
 */
export interface Projection {
  name: string;
  /** Bump when the tables or the handler change: the projector then rebuilds the read model. Default 1. */
  version?: number;
  filter: EventFilter;
  tables: ReadModelTable[];
  handle(events: RecordedEvent[], context: ProjectionContext): Promise<void>;
  /**
   * A process manager that captures or releases reservations: the expiry sweeper releases nothing
   * until every such one has read past the moment the reservation expired.
   */
  settlesReservations?: boolean;
}

export const PROJECTIONS = Symbol('PROJECTIONS');

/** Writes several rows at once: one array parameter per column, expanded with unnest. */
export function columns<T>(rows: T[], pick: ((row: T) => unknown)[]): unknown[][] {
  return pick.map((f) => rows.map(f));
}
