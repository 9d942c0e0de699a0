import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  END,
  eventTypeFilter,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  NotLeaderError,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  streamNameFilter,
  StreamTombstonedError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type Filter,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  AppendResult,
  categoryOf,
  EventStore,
  EventStoreUnavailableError,
  EventToAppend,
  ExpectedRevision,
  IdempotencyConflictError,
  matchesFilter,
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

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MAX_EVENTS_PER_CALL = 1000;
/** `countAfter` reads whole events here (there is no count-only read): it stops counting at this many. */
const COUNT_LIMIT = 1000;
/** Appends with `any` or `stream_exists` run at the head revision; they retry this often when it moves. */
const MAX_HEAD_ATTEMPTS = 16;
/** Streams whose event ids this process keeps (least recently used dropped first). */
const ID_INDEX_STREAMS = 10_000;
/** Metadata key carrying the id of one append call, so a racing duplicate can tell whose events landed. */
const APPEND_KEY = 'arcanaAppendId';
/** How soon the wake-up subscription is opened again after it ended. */
const RESUBSCRIBE_AFTER_MS = 1000;

/** Client errors that say nothing about the request (the server was not reached or gave up on it). */
const TRANSIENT_CLIENT_ERRORS = [UnavailableError, DeadlineExceededError, NotLeaderError, CancelledError, TimeoutError];

/**
 * True for errors of `@kurrent/kurrentdb-client` that mean "try again": unavailable, deadline
 * exceeded, not leader, cancelled, timeout. The write path can surface a raw gRPC ServiceError
 * (numeric `code`, no class): it is converted with the client's own mapping first.
 */
export function isTransientKurrentError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  let converted: Error = error;
  try {
    converted = convertToCommandError(error);
  } catch {
    // Not a gRPC error after all (the conversion reads fields only those have).
  }
  return TRANSIENT_CLIENT_ERRORS.some((type) => converted instanceof type);
}

const isDeleted = (error: unknown) => error instanceof StreamDeletedError || error instanceof StreamTombstonedError;

/** An append to a stream KurrentDB has tombstoned: it can never be written again. Not transient. */
export class DeletedStreamError extends Error {
  constructor(readonly streamName: string) {
    super(`stream ${streamName} is deleted (tombstoned) in KurrentDB and cannot be written again`);
    this.name = 'DeletedStreamError';
  }
}

/** What this process knows of a stream's event ids, read up to `revision` (-1: no stream). */
interface StreamIds {
  revision: number;
  deleted: boolean;
  ids: Map<string, { position: number; append?: string }>;
}

/**
 * KurrentDB (formerly EventStoreDB) through `@kurrent/kurrentdb-client`, selected when
 * EVENTSTORE_CONNECTION_STRING is set. Global positions are the $all commit positions (one per
 * event: every event is its own committed record).
 *
 * Idempotency: the server checks event ids only in a recent-id cache (`any`) or at the expected
 * revision, so this adapter checks them itself against the whole stream. It keeps each recently
 * used stream's ids (read once, then only the events after the last revision it knows), runs one
 * append per stream at a time in this process, turns `any`/`stream_exists` into the head revision
 * it has just read, and marks every append with a call id: after a success it reads the stream's
 * new events and answers `appended: true` only if they carry its own call id (the server answers
 * a racing identical append from another process as a success too).
 */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb' as const;
  private readonly wakeup = new Wakeup();
  private live?: { unsubscribe(): Promise<void> };
  private liveEndedAt = 0;
  private closed = false;
  private readonly channels = new Set<{ close(): void }>();
  private readonly streamIds = new Map<string, StreamIds>();
  private readonly appending = new Map<string, Promise<unknown>>();
  private readonly counting = new Map<string, Promise<number>>();

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: { upcast?: Upcaster } = {},
  ) {
    // The client's dispose() ends its calls but leaves the gRPC channel open: keep every channel it
    // creates so close() can close them.
    const internals = client as unknown as { createChannel?: () => Promise<{ close(): void }> };
    const create = internals.createChannel;
    if (typeof create === 'function') {
      internals.createChannel = async () => {
        const channel = await create.call(client);
        if (this.closed) channel.close();
        else this.channels.add(channel);
        return channel;
      };
    }
  }

  static fromConnectionString(connectionString: string, options: { upcast?: Upcaster } = {}): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0 || events.length > MAX_EVENTS_PER_CALL) {
      throw new Error(`appendToStream takes 1 to ${MAX_EVENTS_PER_CALL} events`);
    }
    const expected = options.expectedRevision ?? 'any';
    if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < -1)) {
      throw new Error(`invalid expected revision ${expected}`);
    }
    // One append per stream at a time here: a second identical append then finds the first's ids.
    const previous = this.appending.get(streamName) ?? Promise.resolve();
    const run = previous.then(
      () => this.translate(() => this.appendNow(streamName, events, expected)),
      () => this.translate(() => this.appendNow(streamName, events, expected)),
    );
    const tail = run.catch(() => undefined);
    this.appending.set(streamName, tail);
    void tail.then(() => {
      if (this.appending.get(streamName) === tail) this.appending.delete(streamName);
    });
    return run;
  }

  private async appendNow(streamName: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const expectsNumber = typeof expected === 'number' && expected !== -1;
    for (let attempt = 1; ; attempt++) {
      const known = this.streamIds.get(streamName);
      // Knowing the stream exactly at the expected revision, the ids are checked without a read
      // (if the stream has moved on, the server refuses the revision and the ids are checked then).
      const ids = expectsNumber && known && known.revision === expected ? known : await this.catchUp(streamName);
      const repeat = this.repeated(streamName, ids, events);
      if (repeat) return repeat;
      if (ids.deleted) throw new DeletedStreamError(streamName);

      let streamState: AppendStreamState;
      if (expected === 'any' || expected === 'stream_exists') {
        if (expected === 'stream_exists' && ids.revision === -1) throw new WrongExpectedRevisionError(streamName, expected, 'no_stream');
        streamState = ids.revision === -1 ? NO_STREAM : BigInt(ids.revision);
      } else {
        streamState = expected === 'no_stream' || expected === -1 ? NO_STREAM : BigInt(expected);
      }

      const append = randomUUID();
      let nextExpectedRevision: number;
      let position: number;
      try {
        const result = await this.client.appendToStream(
          streamName,
          events.map((e) =>
            jsonEvent({ id: e.id, type: e.type, data: e.data as never, metadata: { ...e.metadata, [APPEND_KEY]: append } as never }),
          ),
          { streamState },
        );
        nextExpectedRevision = Number(result.nextExpectedRevision);
        position = Number(result.position?.commit ?? 0n);
      } catch (error) {
        if (isDeleted(error)) throw new DeletedStreamError(streamName);
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // The stream moved: a retry of an append that already happened, or another writer.
        const now = await this.catchUp(streamName);
        const repeatNow = this.repeated(streamName, now, events);
        if (repeatNow) return repeatNow;
        if ((expected === 'any' || expected === 'stream_exists') && attempt < MAX_HEAD_ATTEMPTS) continue;
        const actual = error.actualState;
        throw new WrongExpectedRevisionError(streamName, expected, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
      }
      this.wakeup.advance(position);
      // A success is also the server's answer to an identical append that won a race from another
      // process: the events are ours only if they carry this call's id. (Should that read fail, the
      // append did happen: it is answered as ours, the near-certain case, rather than as an error.)
      const after = await this.catchUp(streamName).catch(() => undefined);
      if (after && !events.every((e) => after.ids.get(e.id)?.append === append)) {
        const repeat = this.repeated(streamName, after, events);
        if (repeat) return repeat;
      }
      return { nextExpectedRevision, position, appended: true };
    }
  }

  /** The answer for an append whose ids are already in the stream, if any are (all: a no-op; some: refused). */
  private repeated(streamName: string, ids: StreamIds, events: readonly EventToAppend[]): AppendResult | undefined {
    const found = events.filter((e) => ids.ids.has(e.id));
    if (found.length === 0) return undefined;
    if (found.length !== events.length) throw new IdempotencyConflictError(streamName, found.map((e) => e.id));
    const position = Math.max(...found.map((e) => ids.ids.get(e.id)!.position));
    return { nextExpectedRevision: ids.revision, position, appended: false };
  }

  /** Reads the stream's events after the last revision this process knows, and remembers their ids. */
  private async catchUp(streamName: string): Promise<StreamIds> {
    const known = this.streamIds.get(streamName) ?? { revision: -1, deleted: false, ids: new Map() };
    this.streamIds.delete(streamName);
    try {
      for await (const resolved of this.client.readStream(streamName, {
        direction: FORWARDS,
        fromRevision: known.revision === -1 ? START : BigInt(known.revision + 1),
      })) {
        const e = resolved.event;
        if (!e) continue;
        const revision = Number(e.revision);
        if (revision <= known.revision) continue;
        const metadata = (e.metadata ?? {}) as Record<string, unknown>;
        const append = typeof metadata[APPEND_KEY] === 'string' ? (metadata[APPEND_KEY] as string) : undefined;
        known.ids.set(e.id, { position: Number(e.position?.commit ?? 0n), append });
        known.revision = revision;
      }
    } catch (error) {
      if (isDeleted(error)) known.deleted = true;
      else if (!(error instanceof StreamNotFoundError)) throw error;
    } finally {
      // What was read stays known (most recently used last), even when the read broke off.
      this.streamIds.set(streamName, known);
      if (this.streamIds.size > ID_INDEX_STREAMS) this.streamIds.delete(this.streamIds.keys().next().value!);
    }
    return known;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    return this.translate(async () => {
      try {
        for await (const resolved of this.client.readStream(streamName, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START,
          ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
        })) {
          const event = this.toEvent(resolved);
          if (event) events.push(event);
        }
      } catch (error) {
        // A stream that does not exist, soft-deleted or tombstoned, reads as empty.
        if (error instanceof StreamNotFoundError || isDeleted(error)) return [];
        throw error;
      }
      return events;
    });
  }

  /**
   * The next `maxCount` events after `fromPosition`. The server reads from a position inclusively,
   * so a read after a position asks for one more and drops what is not after it. The read has
   * reached the end of the log only when the server returned fewer events than asked for; only
   * then does `lastPosition` move to the head (read first: anything appended later lies above it),
   * which a filtered read may lag far behind; an unfiltered read's last event is the head already.
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    this.assertOpen();
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? 1000;
    return this.translate(async () => {
      const head = options.filter ? await this.headPosition() : 0;
      const asked = from === 0 ? maxCount : maxCount + 1;
      const events: RecordedEvent[] = [];
      let returned = 0;
      let accounted = 0;
      let last = from;
      for await (const resolved of this.client.readAll({
        direction: FORWARDS,
        fromPosition: from === 0 ? START : { commit: BigInt(from), prepare: BigInt(from) },
        maxCount: asked,
        filter: this.serverFilter(options.filter),
      })) {
        returned++;
        const position = Number(resolved.event?.position?.commit ?? 0n);
        if (position <= from) continue;
        // `from` was not an event's own position: the extra event asked for is the next window's.
        if (accounted === maxCount) break;
        accounted++;
        last = position;
        const event = this.toEvent(resolved);
        if (event && matchesFilter(event, options.filter)) events.push(event);
      }
      const reachedEnd = returned < asked;
      return { events, lastPosition: reachedEnd ? Math.max(last, head, from) : last };
    });
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    return pollingSubscription(this, options);
  }

  async waitForEvents(position: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.closed) return;
    this.ensureLive();
    return this.wakeup.waitBeyond(position, timeoutMs, signal);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.translate(async () => {
      for await (const resolved of this.client.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
        filter: excludeSystemEvents(),
      })) {
        return Number(resolved.event?.position?.commit ?? 0n);
      }
      return 0;
    });
  }

  /**
   * Counts up to `min(cap, 1,000)` events (KurrentDB has no count-only read, so each counted event
   * is read in full); nothing is read when the position is the head. Identical counts asked for at
   * once (several projections at the same position) share one read.
   */
  async countAfter(position: number, cap: number): Promise<number> {
    this.assertOpen();
    const limit = Math.max(0, Math.min(cap, COUNT_LIMIT));
    const key = `${position}:${limit}`;
    const known = this.counting.get(key);
    if (known) return known;
    const count = (async () => {
      if (limit === 0 || (await this.headPosition()) <= position) return 0;
      const { events } = await this.readAll({ fromPosition: position, maxCount: limit });
      return events.length;
    })();
    this.counting.set(key, count);
    void count.finally(() => this.counting.delete(key)).catch(() => undefined);
    return count;
  }

  /** Ends the wake-up subscription and every call, closes the gRPC channels; the store stays closed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wakeup.wakeAll();
    const live = this.live;
    this.live = undefined;
    await live?.unsubscribe().catch(() => undefined);
    await this.client.dispose().catch(() => undefined);
    for (const channel of this.channels) channel.close();
    this.channels.clear();
    this.streamIds.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the KurrentDB event store is closed');
  }

  /** Runs a call to the server, turning the client's "try again" errors into the port's. */
  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isTransientKurrentError(error)) {
        throw new EventStoreUnavailableError(`KurrentDB unavailable: ${(error as Error).message}`, { cause: error });
      }
      throw error;
    }
  }

  private serverFilter(filter: ReadAllOptions['filter']): Filter {
    if (filter?.eventTypes?.length) return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$` });
    if (filter?.categories?.length) {
      return streamNameFilter({ regex: `^(${filter.categories.map(escapeRegex).join('|')})(-|$)` });
    }
    return excludeSystemEvents();
  }

  /**
   * The live subscription that wakes pollers. When it ends for any reason (error, end, close) it is
   * dropped, waiters are woken to read again, and the next wait opens a new one (at most once a second).
   */
  private ensureLive(): void {
    if (this.live || this.closed || Date.now() - this.liveEndedAt < RESUBSCRIBE_AFTER_MS) return;
    const subscription = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    const ended = () => {
      if (this.live !== subscription) return;
      this.live = undefined;
      this.liveEndedAt = Date.now();
      void subscription.unsubscribe().catch(() => undefined);
      this.wakeup.wakeAll();
    };
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      this.wakeup.advance(Number(resolved.event?.position?.commit ?? 0n));
    });
    subscription.on('error', ended);
    subscription.on('end', ended);
    subscription.on('close', ended);
    this.live = subscription;
  }

  private toEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
    const e = resolved.event;
    if (!e || e.type.startsWith('$') || categoryOf(e.streamId).startsWith('$')) return undefined;
    const { [APPEND_KEY]: _append, ...metadata } = (e.metadata ?? {}) as Record<string, unknown>;
    return toRecordedEvent(
      {
        id: e.id,
        type: e.type,
        streamName: e.streamId,
        revision: Number(e.revision),
        position: Number(e.position?.commit ?? 0n),
        data: e.data,
        metadata,
      },
      this.options.upcast,
    );
  }
}
