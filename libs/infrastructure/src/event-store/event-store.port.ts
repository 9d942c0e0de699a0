/** Who caused an event. Admin actions also carry a `reason` in the metadata. */
export type ActorKind = 'user' | 'admin' | 'system' | 'stripe' | 'telegram';
export interface Actor {
  kind: ActorKind;
  id: string;
}

export interface EventMetadata {
  correlationId: string;
  causationId: string;
  actor: Actor;
  reason?: string;
  schemaVersion: number;
  occurredAt: string;
  [extra: string]: unknown;
}

export interface EventToAppend {
  id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

export interface RecordedEvent<TData = unknown> {
  id: string;
  type: string;
  streamName: string;
  /** Position in its stream, counted from 0. */
  revision: number;
  /** Position in the whole log: strictly increasing in delivery order, not dense (gaps are normal). */
  position: number;
  data: TData;
  metadata: EventMetadata;
}

/** Optimistic concurrency: `any`, the stream must not exist, must exist, or be exactly at a revision. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  nextExpectedRevision: number;
  /** Global position of the last event of this append. */
  position: number;
  /** False when every event id was already in the stream: an idempotent retry that changed nothing. */
  appended: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface EventFilter {
  /** Stream categories: the part of a stream name before the first `-` (`credits`, `user`, ...). */
  categories?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events after this global position. 0 reads from the start. */
  fromPosition?: number;
  maxCount?: number;
  filter?: EventFilter;
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /**
   * Highest global position this read has accounted for, matching the filter or not. A reader may
   * checkpoint here: nothing at or below it will ever appear later.
   */
  lastPosition: number;
}

export interface SubscribeOptions {
  fromPosition?: number;
  filter?: EventFilter;
  batchSize?: number;
}

/** Catch-up then live: delivers every matching event after `fromPosition`, in position order. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  readonly kind: 'postgres' | 'kurrentdb';
  /**
   * Appends atomically. An append whose event ids are all in this stream already appends nothing
   * and answers `appended: false` (whatever the expected revision, however long ago they were
   * written); of several identical appends racing, exactly one answers `appended: true`. An append
   * that repeats only some ids is refused with IdempotencyConflictError; so is one whose ids are in
   * another stream (PostgreSQL only: KurrentDB keeps no index by event id, so there an id is
   * checked against its own stream). A store that cannot be reached throws EventStoreUnavailableError.
   */
  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;
  /** Events of one stream; an empty array when the stream does not exist (or was deleted). */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  subscribe(options?: SubscribeOptions): Subscription;
  /**
   * Resolves when events may have been appended after `position` (or after `timeoutMs`, or when
   * `signal` aborts). Lets pollers sleep without missing work.
   */
  waitForEvents(position: number, timeoutMs: number, signal?: AbortSignal): Promise<void>;
  /** Highest global position a reader can see now. */
  headPosition(): Promise<number>;
  /**
   * How many visible events lie after `position`, counting at most `cap` (lag is reported in
   * events: positions are not dense). An adapter may stop counting at a lower bound of its own
   * (KurrentDB: 1,000), so the answer is exact below that bound and a lower bound at it.
   */
  countAfter(position: number, cap: number): Promise<number>;
  /** Releases connections and listeners for good: a closed store refuses every later call. */
  close(): Promise<void>;
}

/**
 * The store could not be reached or did not answer in time (connection refused or lost, leader
 * change, deadline, cancelled by the server): nothing is known to have changed, so the caller may
 * retry. Adapters translate their own client's errors into this one.
 */
export class EventStoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${streamName}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/**
 * Some, but not all, of an append's event ids already exist, or some exist in another stream: a
 * caller bug, never silently merged.
 */
export class IdempotencyConflictError extends Error {
  constructor(readonly streamName: string, readonly eventIds: string[]) {
    super(`stream ${streamName}: some of these event ids were already appended elsewhere: ${eventIds.join(', ')}`);
    this.name = 'IdempotencyConflictError';
  }
}

export function categoryOf(streamName: string): string {
  const dash = streamName.indexOf('-');
  return dash === -1 ? streamName : streamName.slice(0, dash);
}

export function matchesFilter(event: Pick<RecordedEvent, 'type' | 'streamName'>, filter?: EventFilter): boolean {
  if (!filter) return true;
  if (filter.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  if (filter.categories && !filter.categories.includes(categoryOf(event.streamName))) return false;
  return true;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
