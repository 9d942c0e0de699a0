import { Client, DatabaseError, Pool } from 'pg';
import {
  AppendResult,
  EventFilter,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  IdempotencyConflictError,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  WrongExpectedRevisionError,
} from './event-store.port';
import { pollingSubscription } from './polling-subscription';
import { Upcaster, toRecordedEvent } from './upcasting';
import { Wakeup } from './wakeup';

const NOTIFY_CHANNEL = 'es_appended';
const NOTIFY_DELAY_MS = 5;
/** Only events of transactions older than every running one: nothing can still appear below them. */
const VISIBLE = 'global_position < es_visible_below()';
const COLUMNS =
  'global_position::float8 AS position, event_id, stream_name, stream_revision::float8 AS revision, event_type, data, metadata';

interface EventRow {
  position: number;
  event_id: string;
  stream_name: string;
  revision: number;
  event_type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

const MAX_EVENTS_PER_CALL = 1000;

interface PendingAppend {
  streamName: string;
  expected: ExpectedRevision;
  events: readonly EventToAppend[];
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

interface BatchRow {
  idx: number;
  status: 'ok' | 'duplicate' | 'wrong_expected_revision' | 'idempotency_conflict';
  next_revision: number;
  last_position: number | null;
  detail: string | null;
}

export interface PostgresEventStoreOptions {
  /** Append calls running at once; further appends wait and go together in the next call. */
  maxInFlight?: number;
  upcast?: Upcaster;
  /** Fallback poll for `waitForEvents` when no notification arrives (e.g. the listener reconnects). */
  pollIntervalMs?: number;
}

/**
 * The default event store: one table, one append function (`es_append`, see migration 0001) and
 * LISTEN/NOTIFY to wake readers. Writers notify after commit, coalesced to one NOTIFY in flight per
 * process, because a NOTIFY inside the append transaction would serialise every commit.
 */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  private readonly wakeup = new Wakeup();
  private listener?: Promise<Client | undefined>;
  private notifying = false;
  private readonly queue: PendingAppend[] = [];
  private inFlight = 0;
  private pendingNotify?: number;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions = {},
  ) {}

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    if (events.length === 0 || events.length > MAX_EVENTS_PER_CALL) {
      throw new Error(`appendToStream takes 1 to ${MAX_EVENTS_PER_CALL} events`);
    }
    const expected = options.expectedRevision ?? 'any';
    if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < -1)) {
      throw new Error(`invalid expected revision ${expected}`);
    }
    const result = await new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ streamName, expected, events, resolve, reject });
      this.flush();
    });
    if (result.appended) this.announce(result.position);
    return result;
  }

  /**
   * Natural batching: while `maxInFlight` calls are running, new appends queue up and go together
   * in the next call (one round trip, one commit). An idle store sends an append at once.
   */
  private flush(): void {
    while (this.queue.length > 0 && this.inFlight < (this.options.maxInFlight ?? 4)) {
      const batch: PendingAppend[] = [];
      let events = 0;
      while (this.queue.length > 0 && events + this.queue[0]!.events.length <= MAX_EVENTS_PER_CALL) {
        const next = this.queue.shift()!;
        events += next.events.length;
        batch.push(next);
      }
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.flush();
      });
    }
  }

  private async send(batch: PendingAppend[]): Promise<void> {
    const all = batch.flatMap((a) => a.events);
    let rows: BatchRow[];
    try {
      ({ rows } = await this.pool.query<BatchRow>({
        name: 'es-append-batch',
        text: `SELECT idx, status, next_revision::float8 AS next_revision, last_position::float8 AS last_position, detail
                 FROM es_append_batch($1::text[], $2::text[], $3::int[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])`,
        values: [
          batch.map((a) => a.streamName),
          batch.map((a) => (a.expected === -1 ? 'no_stream' : String(a.expected))),
          batch.map((a) => a.events.length),
          all.map((e) => e.id),
          all.map((e) => e.type),
          all.map((e) => JSON.stringify(e.data)),
          all.map((e) => JSON.stringify(e.metadata)),
        ],
      }));
    } catch (error) {
      const sameIdsRaced = error instanceof DatabaseError && error.code === '23505' && error.constraint === 'es_events_event_id_key';
      const partialRepeat = error instanceof DatabaseError && error.code === 'EV002';
      if (batch.length > 1 || sameIdsRaced) {
        // One append spoiled the shared transaction (or the same ids raced in): retry each alone.
        await Promise.all(batch.map((a) => this.send([a])));
        return;
      }
      batch[0]!.reject(partialRepeat ? new IdempotencyConflictError(batch[0]!.streamName, []) : error);
      return;
    }
    for (const row of rows) {
      const append = batch[row.idx - 1]!;
      switch (row.status) {
        case 'ok':
        case 'duplicate':
          append.resolve({ nextExpectedRevision: row.next_revision, position: row.last_position ?? 0, appended: row.status === 'ok' });
          break;
        case 'wrong_expected_revision':
          append.reject(
            new WrongExpectedRevisionError(append.streamName, append.expected, row.next_revision === -1 ? 'no_stream' : row.next_revision),
          );
          break;
        default:
          append.reject(new IdempotencyConflictError(append.streamName, (row.detail ?? '').split(',')));
      }
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.pool.query<EventRow>({
      // Named: prepared once per connection (the hottest read; planning it each time cost more than running it).
      name: backwards ? 'es-read-stream-backwards' : 'es-read-stream',
      text: `SELECT ${COLUMNS} FROM es_events
              WHERE stream_name = $1 AND stream_revision ${backwards ? '<=' : '>='} $2
              ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      values: [streamName, from, options.maxCount ?? null],
    });
    return rows.map((row) => this.toEvent(row));
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? 1000;
    const { clause, params } = filterClause(options.filter, 3);
    // The window is the next `maxCount` visible positions; the filter applies inside it so a reader
    // with a narrow filter still moves its checkpoint across events it does not care about.
    const { rows } = await this.pool.query<EventRow & { window_end: number | null }>(
      `WITH win AS (
         SELECT max(global_position) AS window_end FROM (
           SELECT global_position FROM es_events
            WHERE global_position > $1 AND ${VISIBLE}
            ORDER BY global_position LIMIT $2) w)
       SELECT win.window_end::float8 AS window_end, e.* FROM win
         LEFT JOIN LATERAL (
           SELECT ${COLUMNS} FROM es_events
            WHERE global_position > $1 AND global_position <= win.window_end ${clause}
            ORDER BY global_position) e ON true`,
      [from, maxCount, ...params],
    );
    const windowEnd = rows[0]?.window_end ?? null;
    return {
      events: rows.filter((r) => r.event_id !== null).map((row) => this.toEvent(row)),
      lastPosition: windowEnd === null ? from : windowEnd,
    };
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    return pollingSubscription(this, options);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ position: number | null }>(
      `SELECT global_position::float8 AS position FROM es_events WHERE ${VISIBLE} ORDER BY global_position DESC LIMIT 1`,
    );
    return rows[0]?.position ?? 0;
  }

  async countAfter(position: number, cap: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM es_events WHERE global_position > $1 AND ${VISIBLE} LIMIT $2) e`,
      [position, cap],
    );
    return rows[0]!.n;
  }

  async waitForEvents(position: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    await this.listen();
    if (this.wakeup.latest > position) {
      // Announced but not yet visible: a transaction started earlier is still running. Poll briefly.
      return this.wakeup.sleep(15, signal);
    }
    return this.wakeup.waitBeyond(position, Math.min(timeoutMs, this.options.pollIntervalMs ?? 1000), signal);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeup.wakeAll();
    const listener = await this.listener;
    await listener?.end().catch(() => undefined);
  }

  private toEvent(row: EventRow): RecordedEvent {
    return toRecordedEvent(
      {
        id: row.event_id,
        type: row.event_type,
        streamName: row.stream_name,
        revision: row.revision,
        position: row.position,
        data: row.data,
        metadata: row.metadata,
      },
      this.options.upcast,
    );
  }

  /**
   * Wakes local readers at once and other processes through one coalesced NOTIFY: one in flight at
   * a time, sent a few milliseconds after the append that asks for it, carrying the highest
   * position appended by then (under load, one NOTIFY covers many appends).
   */
  private announce(position: number): void {
    this.wakeup.advance(position);
    this.pendingNotify = Math.max(this.pendingNotify ?? 0, position);
    if (this.notifying || this.closed) return;
    this.notifying = true;
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, NOTIFY_DELAY_MS));
      while (this.pendingNotify !== undefined && !this.closed) {
        const latest = this.pendingNotify;
        this.pendingNotify = undefined;
        await this.pool.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, String(latest)]).catch(() => undefined);
      }
      this.notifying = false;
    })();
  }

  private listen(): Promise<Client | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    this.listener ??= (async () => {
      const options = this.pool.options;
      const client = new Client({
        connectionString: options.connectionString,
        application_name: `${options.application_name ?? 'arcana'}:listen`,
      });
      const reset = () => {
        // Readers fall back to polling until the next waitForEvents reconnects.
        this.listener = undefined;
        client.end().catch(() => undefined);
      };
      client.on('error', reset);
      client.on('end', () => {
        if (this.listener) this.listener = undefined;
      });
      client.on('notification', (message) => {
        const position = Number(message.payload);
        if (Number.isFinite(position)) this.wakeup.advance(position);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
        return client;
      } catch {
        reset();
        return undefined;
      }
    })();
    return this.listener;
  }
}

function filterClause(filter: EventFilter | undefined, firstParam: number): { clause: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter?.eventTypes) {
    params.push(filter.eventTypes);
    parts.push(`event_type = ANY ($${firstParam + params.length - 1}::text[])`);
  }
  if (filter?.categories) {
    params.push(filter.categories);
    parts.push(`category = ANY ($${firstParam + params.length - 1}::text[])`);
  }
  return { clause: parts.map((p) => `AND ${p}`).join(' '), params };
}
