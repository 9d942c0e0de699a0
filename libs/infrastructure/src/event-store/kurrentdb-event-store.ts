import {
  BACKWARDS,
  END,
  eventTypeFilter,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  ANY,
  StreamNotFoundError,
  streamNameFilter,
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

/**
 * KurrentDB (formerly EventStoreDB) through `@kurrent/kurrentdb-client`, selected when
 * EVENTSTORE_CONNECTION_STRING is set. Global positions are the $all commit positions.
 */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb' as const;
  private readonly wakeup = new Wakeup();
  private live?: { unsubscribe(): Promise<void> };

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: { upcast?: Upcaster } = {},
  ) {}

  static fromConnectionString(connectionString: string, options: { upcast?: Upcaster } = {}): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const duplicate = await this.existingTail(streamName, events);
    if (duplicate) return duplicate;
    const streamState: AppendStreamState =
      expected === 'any' ? ANY : expected === 'no_stream' || expected === -1 ? NO_STREAM : expected === 'stream_exists' ? STREAM_EXISTS : BigInt(expected);
    try {
      const result = await this.client.appendToStream(
        streamName,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as never, metadata: e.metadata as never })),
        { streamState },
      );
      const position = Number(result.position?.commit ?? 0n);
      this.wakeup.advance(position);
      return { nextExpectedRevision: Number(result.nextExpectedRevision), position, appended: true };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualState;
        throw new WrongExpectedRevisionError(streamName, expected, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
      }
      throw error;
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
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
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? 1000;
    // Read the head first: anything appended after it has a higher position and is read next time.
    const head = await this.headPosition();
    const events: RecordedEvent[] = [];
    for await (const resolved of this.client.readAll({
      direction: FORWARDS,
      fromPosition: from === 0 ? START : { commit: BigInt(from), prepare: BigInt(from) },
      maxCount,
      filter: this.serverFilter(options.filter),
    })) {
      const event = this.toEvent(resolved);
      if (!event || event.position <= from || !matchesFilter(event, options.filter)) continue;
      events.push(event);
    }
    const lastEvent = events.at(-1)?.position ?? from;
    return { events, lastPosition: events.length < maxCount ? Math.max(lastEvent, head, from) : lastEvent };
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    return pollingSubscription(this, options);
  }

  async waitForEvents(position: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    this.ensureLive();
    return this.wakeup.waitBeyond(position, timeoutMs, signal);
  }

  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    })) {
      return Number(resolved.event?.position?.commit ?? 0n);
    }
    return 0;
  }

  async countAfter(position: number, cap: number): Promise<number> {
    const { events } = await this.readAll({ fromPosition: position, maxCount: cap });
    return events.length;
  }

  async close(): Promise<void> {
    this.wakeup.wakeAll();
    await this.live?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  /** A retried append whose ids are already at the end of the stream: report it without writing. */
  private async existingTail(streamName: string, events: readonly EventToAppend[]): Promise<AppendResult | undefined> {
    const tail = await this.readStream(streamName, { direction: 'backwards', maxCount: Math.max(events.length * 4, 16) });
    const known = new Set(tail.map((e) => e.id));
    const repeated = events.filter((e) => known.has(e.id));
    if (repeated.length === 0) return undefined;
    if (repeated.length !== events.length) throw new IdempotencyConflictError(streamName, repeated.map((e) => e.id));
    const last = tail.find((e) => e.id === events.at(-1)!.id)!;
    return { nextExpectedRevision: tail[0]!.revision, position: last.position, appended: false };
  }

  private serverFilter(filter: ReadAllOptions['filter']): Filter {
    if (filter?.eventTypes?.length) return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$` });
    if (filter?.categories?.length) {
      return streamNameFilter({ regex: `^(${filter.categories.map(escapeRegex).join('|')})(-|$)` });
    }
    return excludeSystemEvents();
  }

  private ensureLive(): void {
    if (this.live) return;
    const subscription = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      this.wakeup.advance(Number(resolved.event?.position?.commit ?? 0n));
    });
    subscription.on('error', () => {
      this.live = undefined;
    });
    this.live = subscription;
  }

  private toEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
    const e = resolved.event;
    if (!e || e.type.startsWith('$') || categoryOf(e.streamId).startsWith('$')) return undefined;
    return toRecordedEvent(
      {
        id: e.id,
        type: e.type,
        streamName: e.streamId,
        revision: Number(e.revision),
        position: Number(e.position?.commit ?? 0n),
        data: e.data,
        metadata: (e.metadata ?? {}) as Record<string, unknown>,
      },
      this.options.upcast,
    );
  }
}
