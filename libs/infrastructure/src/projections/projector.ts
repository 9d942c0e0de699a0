import type { Pool, PoolClient } from 'pg';
import type { Logger } from 'pino';
import { EventStore, RecordedEvent } from '../event-store/event-store.port';
import { inTransaction } from '../postgres/pool';
import { Projection } from './projection';
import { ensureProjection, liveContext } from './projection-tables';
import { rebuildProjection } from './rebuild';

export interface ProjectorOptions {
  batchSize: number;
  logger: Logger;
  /** How often a standby instance retries the lock, and a failed projection re-checks its status. */
  idleRetryMs?: number;
}

const lockKey = (name: string) => `projection:${name}`;

/** Errors that say nothing about the event (lost connection, shutdown, deadlock): retried, never recorded as a failure. */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  return (
    code.startsWith('08') ||
    ['57P01', '57P02', '57P03', '40001', '40P01', '53300', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE'].includes(code) ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(String((error as Error)?.message))
  );
}

/**
 * Runs projections: for each, one live instance cluster-wide (advisory lock), catch-up then live,
 * checkpoint in the same transaction as the rows. A failing event stops its projection with the
 * error recorded in `projection_status`; the others keep going.
 */
export class Projector {
  private readonly abort = new AbortController();
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly projections: Projection[],
    private readonly options: ProjectorOptions,
  ) {}

  start(): void {
    for (const projection of this.projections) this.loops.push(this.run(projection));
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled(this.loops);
  }

  private get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  private sleep(ms: number): Promise<void> {
    return this.store.waitForEvents(Number.POSITIVE_INFINITY, ms, this.abort.signal);
  }

  private async run(projection: Projection): Promise<void> {
    const log = this.options.logger.child({ projection: projection.name });
    const idle = this.options.idleRetryMs ?? 2000;
    let lockClient: PoolClient | undefined;
    while (!this.stopped) {
      try {
        if (!lockClient) {
          lockClient = await this.acquireLock(projection.name);
          if (!lockClient) {
            await this.sleep(idle);
            continue;
          }
          lockClient.on('error', () => undefined);
          log.info('projection lock acquired');
          await ensureProjection(this.pool, projection);
          await this.rebuildIfOutdated(projection, log);
        }
        const status = await this.status(projection.name);
        if (status.status === 'failed') {
          await this.sleep(idle);
          continue;
        }
        const batch = await this.store.readAll({
          fromPosition: status.position,
          maxCount: this.options.batchSize,
          filter: projection.filter,
        });
        if (batch.lastPosition <= status.position) {
          await this.store.waitForEvents(status.position, 1000, this.abort.signal);
          continue;
        }
        try {
          await this.applyBatch(projection, status.position, batch.events, batch.lastPosition);
        } catch (error) {
          if (isTransient(error)) throw error;
          await this.isolateFailure(projection, status.position, batch.events, error, log);
        }
      } catch (error) {
        if (this.stopped) break;
        log.warn({ err: error }, 'projection loop interrupted; retrying');
        lockClient?.release(true);
        lockClient = undefined;
        await this.sleep(1000);
      }
    }
    if (lockClient) {
      await lockClient.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey(projection.name)]).catch(() => undefined);
      lockClient.release();
    }
  }

  /** A read model built by an older version of its projection is rebuilt (and swapped in) first. */
  private async rebuildIfOutdated(projection: Projection, log: Logger): Promise<void> {
    const { rows } = await this.pool.query<{ version: number }>('SELECT version FROM projection_status WHERE name = $1', [projection.name]);
    const built = rows[0]?.version ?? 1;
    const wanted = projection.version ?? 1;
    if (built === wanted) return;
    if (projection.tables.length === 0) {
      await this.pool.query('UPDATE projection_status SET version = $2 WHERE name = $1', [projection.name, wanted]);
      return;
    }
    log.info({ from: built, to: wanted }, 'projection version changed; rebuilding its read model');
    await rebuildProjection(this.pool, this.store, projection, { batchSize: Math.max(this.options.batchSize, 1000) });
  }

  private async acquireLock(name: string): Promise<PoolClient | undefined> {
    const client = await this.pool.connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
      lockKey(name),
    ]);
    if (rows[0]!.locked) return client;
    client.release();
    return undefined;
  }

  private async status(name: string): Promise<{ position: number; status: string }> {
    const { rows } = await this.pool.query<{ position: number; status: string }>(
      'SELECT position::float8 AS position, status FROM projection_status WHERE name = $1',
      [name],
    );
    return rows[0] ?? { position: 0, status: 'running' };
  }

  /**
   * Applies events and moves the checkpoint from `from` to `to` in one transaction. Returns false
   * when the checkpoint moved meanwhile (a rebuild swapped tables in), so the batch is dropped.
   */
  private applyBatch(projection: Projection, from: number, events: RecordedEvent[], to: number): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // Read models and checkpoints are derived from the log: if a PostgreSQL crash loses the last
      // few commits, the checkpoint is lost with the rows and the batch is applied again. So these
      // commits need not wait for the WAL flush (event appends still do).
      await client.query('SET LOCAL synchronous_commit = off');
      const { rows } = await client.query<{ position: number }>(
        'SELECT position::float8 AS position FROM projection_status WHERE name = $1 FOR UPDATE',
        [projection.name],
      );
      if (rows[0]?.position !== from) return false;
      if (events.length > 0) await projection.handle(events, liveContext(client));
      await client.query(
        `UPDATE projection_status SET position = $2, events_processed = events_processed + $3, updated_at = now()
          WHERE name = $1`,
        [projection.name, to, events.length],
      );
      return true;
    });
  }

  /** Replays the failed batch one event at a time to find the culprit, then stops the projection there. */
  private async isolateFailure(
    projection: Projection,
    from: number,
    events: RecordedEvent[],
    batchError: unknown,
    log: Logger,
  ): Promise<void> {
    let position = from;
    for (const event of events) {
      try {
        if (!(await this.applyBatch(projection, position, [event], event.position))) return;
        position = event.position;
      } catch (error) {
        if (isTransient(error)) throw error;
        const message = error instanceof Error ? error.message : String(error);
        log.error({ err: error, eventId: event.id, position: event.position }, 'projection stopped on a failing event');
        await this.pool.query(
          `UPDATE projection_status SET status = 'failed', error = $2, failed_event_id = $3, failed_position = $4, updated_at = now()
            WHERE name = $1`,
          [projection.name, `${event.type} at position ${event.position}: ${message}`, event.id, event.position],
        );
        return;
      }
    }
    // Every event succeeded alone: the batch failure was about the batch, so surface it.
    throw batchError;
  }
}

/** Clears a failed projection so it resumes from its checkpoint (after the cause is fixed). */
export async function resumeProjection(pool: Pool, name: string): Promise<boolean> {
  const result = await pool.query(
    `UPDATE projection_status SET status = 'running', error = NULL, failed_event_id = NULL, failed_position = NULL, updated_at = now()
      WHERE name = $1 AND status = 'failed'`,
    [name],
  );
  return (result.rowCount ?? 0) > 0;
}
