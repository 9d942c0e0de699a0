import type { Pool, PoolClient, QueryResult } from 'pg';
import type { Logger } from 'pino';
import { EventStore, EventStoreUnavailableError, matchesFilter, ReadAllResult, RecordedEvent } from '../event-store/event-store.port';
import { onClient } from '../postgres/pool';
import { Projection } from './projection';
import { ensureProjection, liveContext } from './projection-tables';
import { rebuildProjection } from './rebuild';

export interface ProjectorOptions {
  batchSize: number;
  logger: Logger;
  /** How often a standby instance retries the lock, and a failed projection re-checks its status. */
  idleRetryMs?: number;
  /**
   * Under load, how often a checkpoint that only passed over events the projection ignores is
   * written (it is always written at once when the projection goes idle, and with every batch it handles).
   */
  checkpointIntervalMs?: number;
}

/** Where a projection stands, as this instance knows it while it holds the projection's lock. */
interface Checkpoint {
  /** Read up to here: every event at or below it has been handled, or ignored by the filter. */
  position: number;
  /** The id of the event at `position` (null when not known): ties the checkpoint to its log. */
  eventId: string | null;
  /** What `projection_status` says; below `position` only while nothing but ignored events lie between. */
  persisted: number;
  persistedAt: number;
  status: string;
}

/**
 * The log read once for every projection: projections that stand at the same position (the usual
 * case, live) share one read of the next window, in flight or recently done, and each keeps the
 * events its filter selects. A window, once read, stays valid: nothing can appear inside it later.
 * Empty windows are shared only while in flight (new events may follow at once).
 */
class SharedWindows {
  private readonly windows = new Map<number, Promise<ReadAllResult>>();

  constructor(
    private readonly store: EventStore,
    private readonly batchSize: number,
    private readonly keep = 32,
  ) {}

  read(from: number): Promise<ReadAllResult> {
    const known = this.windows.get(from);
    if (known) return known;
    const read = this.store.readAll({ fromPosition: from, maxCount: this.batchSize });
    this.windows.set(from, read);
    if (this.windows.size > this.keep) this.windows.delete(this.windows.keys().next().value!);
    read.then(
      (window) => {
        if (window.lastPosition <= from && this.windows.get(from) === read) this.windows.delete(from);
      },
      () => {
        if (this.windows.get(from) === read) this.windows.delete(from);
      },
    );
    return read;
  }
}

const lockKey = (name: string) => `projection:${name}`;

/** An event id written into SQL text, or NULL. */
const uuidOrNull = (client: PoolClient, id: string | null) => (id ? `${client.escapeLiteral(id)}::uuid` : 'NULL');

/** How long a projection waits for more events before writing a checkpoint that passed over events it ignores. */
const IDLE_CHECKPOINT_MS = 50;

/** A position or count written into SQL text (the one-round-trip statements below take no parameters). */
function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

/**
 * Thrown by a process manager when a service it depends on is out for now (Stripe answering 5xx or
 * 429, or not reachable): the batch is retried after a pause, and the event is not marked failed.
 */
export class ServiceUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ServiceUnavailableError';
  }
}

/**
 * Errors that say nothing about the event (lost connection, shutdown, deadlock, an event store that
 * cannot be reached): retried, never recorded as a failure. PostgreSQL errors are told by their
 * SQLSTATE or Node's socket codes; event store adapters report theirs as EventStoreUnavailableError
 * (KurrentDB: unavailable, deadline exceeded, not leader, cancelled, timeout). Causes are followed.
 */
export function isTransient(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof EventStoreUnavailableError || current instanceof ServiceUnavailableError) return true;
    const raw = (current as { code?: unknown }).code;
    const code = typeof raw === 'string' ? raw : '';
    if (
      code.startsWith('08') ||
      ['57P01', '57P02', '57P03', '40001', '40P01', '53300', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
      /Connection terminated|connection timeout|Client has encountered a connection error/i.test(String((current as Error).message))
    ) {
      return true;
    }
  }
  return false;
}

/** The id of the event at the window's last position, when the window holds it (windows are read unfiltered). */
function eventIdAt(window: ReadAllResult): string | null {
  const last = window.events.at(-1);
  return last && last.position === window.lastPosition ? last.id : null;
}

/**
 * Runs projections: for each, one live instance cluster-wide (advisory lock), catch-up then live,
 * checkpoint in the same transaction as the rows. A failing event stops its projection with the
 * error recorded in `projection_status`; the others keep going.
 */
export class Projector {
  private readonly abort = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private readonly windows: SharedWindows;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly projections: Projection[],
    private readonly options: ProjectorOptions,
  ) {
    this.windows = new SharedWindows(store, options.batchSize);
  }

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

  /**
   * One projection's loop. While it holds the lock, its checkpoint lives in memory (nothing else
   * moves it but a rebuild, which `applyBatch` notices); a window with nothing for this projection
   * moves only the in-memory checkpoint, written out when idle or every `checkpointIntervalMs`.
   */
  private async run(projection: Projection): Promise<void> {
    const log = this.options.logger.child({ projection: projection.name });
    const idle = this.options.idleRetryMs ?? 2000;
    const checkpointEvery = this.options.checkpointIntervalMs ?? 1000;
    let lockClient: PoolClient | undefined;
    let checkpoint: Checkpoint | undefined;
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
          await this.checkTiedToLog(projection.name, log);
        }
        checkpoint ??= await this.status(projection.name);
        if (checkpoint.status === 'failed') {
          checkpoint = undefined;
          await this.sleep(idle);
          continue;
        }
        const window = await this.windows.read(checkpoint.position);
        if (window.lastPosition <= checkpoint.position) {
          // Nothing new: write a checkpoint that only passed over ignored events, then wait.
          if (checkpoint.position > checkpoint.persisted && !(await this.persist(projection.name, checkpoint))) {
            checkpoint = undefined;
            continue;
          }
          await this.store.waitForEvents(checkpoint.position, 1000, this.abort.signal);
          continue;
        }
        const events = window.events.filter((event) => event.position > checkpoint!.position && matchesFilter(event, projection.filter));
        if (events.length === 0) {
          checkpoint.position = window.lastPosition;
          checkpoint.eventId = eventIdAt(window);
          if (Date.now() - checkpoint.persistedAt >= checkpointEvery && !(await this.persist(projection.name, checkpoint))) {
            checkpoint = undefined;
            continue;
          }
        } else {
          const from = checkpoint.persisted;
          try {
            if (!(await this.applyBatch(projection, from, events, window.lastPosition, eventIdAt(window)))) {
              checkpoint = undefined;
              continue;
            }
            checkpoint.position = checkpoint.persisted = window.lastPosition;
            checkpoint.eventId = eventIdAt(window);
            checkpoint.persistedAt = Date.now();
          } catch (error) {
            if (isTransient(error)) throw error;
            await this.isolateFailure(projection, from, events, error, log);
            checkpoint = undefined;
            continue;
          }
        }
        // Caught up with what was visible: wait for more before reading again (briefly while a
        // checkpoint is still to be written, so an idle projector shows no lag).
        if (window.events.length < this.options.batchSize) {
          const dirty = checkpoint.position > checkpoint.persisted;
          await this.store.waitForEvents(window.lastPosition, dirty ? IDLE_CHECKPOINT_MS : 1000, this.abort.signal);
        }
      } catch (error) {
        checkpoint = undefined;
        if (this.stopped) break;
        log.warn({ err: error }, 'projection loop interrupted; retrying');
        lockClient?.release(true);
        lockClient = undefined;
        await this.sleep(1000);
      }
    }
    if (lockClient) {
      if (checkpoint && checkpoint.position > checkpoint.persisted) await this.persist(projection.name, checkpoint).catch(() => undefined);
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

  private async status(name: string): Promise<Checkpoint> {
    const { rows } = await this.pool.query<{ position: number; status: string; last_event_id: string | null }>(
      'SELECT position::float8 AS position, status, last_event_id FROM projection_status WHERE name = $1',
      [name],
    );
    const { position, status, last_event_id } = rows[0] ?? { position: 0, status: 'running', last_event_id: null };
    return { position, eventId: last_event_id, persisted: position, persistedAt: Date.now(), status };
  }

  /**
   * A checkpoint is a position in one log: the event there must be the one it recorded. When the
   * log holds another event there (or none), the read model was built from another log (another
   * KurrentDB, or PostgreSQL's before a switch): the projection is stopped with that said, and
   * nothing is applied on top of it.
   */
  private async checkTiedToLog(name: string, log: Logger): Promise<void> {
    const { position, eventId, status } = await this.status(name);
    if (status !== 'running' || position === 0 || !eventId) return;
    const { events } = await this.store.readAll({ fromPosition: position - 1, maxCount: 1 });
    const found = events[0];
    if (found && found.position === position && found.id === eventId) return;
    const there = found && found.position === position ? `event ${found.id}` : 'no event (or it was deleted and scavenged)';
    const error =
      `checkpoint does not match the event log: position ${position} was event ${eventId} when this read model was built, ` +
      `the ${this.store.kind} log has ${there} there. The read model comes from another event log; rebuild it ` +
      `(ops rebuild ${name}) or point this service at the log it was built from.`;
    log.error({ position, eventId, found: found?.id }, error);
    await this.pool.query(
      `UPDATE projection_status SET status = 'failed', error = $2, failed_event_id = NULL, failed_position = $3, updated_at = now()
        WHERE name = $1 AND status = 'running'`,
      [name, error, position],
    );
  }

  /** Writes an in-memory checkpoint; false when a rebuild moved it meanwhile (then it is read again). */
  private persist(name: string, checkpoint: Checkpoint): Promise<boolean> {
    // Like batches (below), this commit need not wait for the WAL flush.
    return onClient(this.pool, async (client) => {
      const results = (await client.query(
        `BEGIN; SET LOCAL synchronous_commit = off;
         UPDATE projection_status SET position = ${int(checkpoint.position)}, last_event_id = ${uuidOrNull(client, checkpoint.eventId)}, updated_at = now()
          WHERE name = ${client.escapeLiteral(name)} AND position = ${int(checkpoint.persisted)}; COMMIT`,
      )) as unknown as QueryResult[];
      if (results[2]!.rowCount === 0) return false;
      checkpoint.persisted = checkpoint.position;
      checkpoint.persistedAt = Date.now();
      return true;
    });
  }

  /**
   * Applies events and moves the checkpoint from `from` to `to` in one transaction. Returns false
   * when the checkpoint moved meanwhile (a rebuild swapped tables in), so the batch is dropped.
   * Opening (with the checkpoint row locked first, as a rebuild's swap does) and closing are one
   * round trip each.
   */
  private applyBatch(projection: Projection, from: number, events: RecordedEvent[], to: number, toEventId: string | null): Promise<boolean> {
    return onClient(this.pool, async (client) => {
      const name = client.escapeLiteral(projection.name);
      // Read models and checkpoints are derived from the log: if a PostgreSQL crash loses the last
      // few commits, the checkpoint is lost with the rows and the batch is applied again. So these
      // commits need not wait for the WAL flush (event appends still do).
      const opened = (await client.query(
        `BEGIN; SET LOCAL synchronous_commit = off;
         SELECT position::float8 AS position FROM projection_status WHERE name = ${name} FOR UPDATE`,
      )) as unknown as QueryResult<{ position: number }>[];
      if (opened[2]!.rows[0]?.position !== from) {
        await client.query('ROLLBACK');
        return false;
      }
      await projection.handle(events, liveContext(client));
      await client.query(
        `UPDATE projection_status SET position = ${int(to)}, last_event_id = ${uuidOrNull(client, toEventId)},
                events_processed = events_processed + ${int(events.length)}, updated_at = now()
          WHERE name = ${name}; COMMIT`,
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
        if (!(await this.applyBatch(projection, position, [event], event.position, event.id))) return;
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
