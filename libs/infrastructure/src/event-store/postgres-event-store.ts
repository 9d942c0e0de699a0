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
/** Only events of transactions older than every running one: they can no longer be overtaken. */
const VISIBLE = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';
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

export interface PostgresEventStoreOptions {
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
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const expected = options.expectedRevision ?? 'any';
    if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < -1)) {
      throw new Error(`invalid expected revision ${expected}`);
    }
    const params = [
      streamName,
      expected === -1 ? 'no_stream' : String(expected),
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ];
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await this.pool.query<{ next_revision: string; last_position: string; appended: boolean }>(
          'SELECT next_revision, last_position, appended FROM es_append($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])',
          params,
        );
        const row = rows[0]!;
        const result = {
          nextExpectedRevision: Number(row.next_revision),
          position: Number(row.last_position),
          appended: row.appended,
        };
        if (result.appended) this.announce(result.position);
        return result;
      } catch (error) {
        if (!(error instanceof DatabaseError)) throw error;
        if (error.code === 'EV001') {
          const actual = Number(error.detail);
          throw new WrongExpectedRevisionError(streamName, expected, actual === -1 ? 'no_stream' : actual);
        }
        if (error.code === 'EV002') throw new IdempotencyConflictError(streamName, (error.detail ?? '').split(','));
        // The same ids raced in from another writer: run again and take the idempotent path.
        if (error.code === '23505' && error.constraint === 'es_events_event_id_key' && attempt === 0) continue;
        throw error;
      }
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${COLUMNS} FROM es_events
        WHERE stream_name = $1 AND stream_revision ${backwards ? '<=' : '>='} $2
        ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamName, from, options.maxCount ?? null],
    );
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

  /** Wakes local readers at once and other processes through one coalesced NOTIFY. */
  private announce(position: number): void {
    this.wakeup.advance(position);
    this.pendingNotify = Math.max(this.pendingNotify ?? 0, position);
    if (this.notifying || this.closed) return;
    this.notifying = true;
    void (async () => {
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
