import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import {
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamState,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';

interface ModelEvent {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  data: unknown;
  metadata: unknown;
  position: { commit: bigint; prepare: bigint };
}

interface ModelFilter {
  filterOn: 'streamName' | 'eventType';
  regex?: string;
  prefixes?: string[];
}

/**
 * An in-memory model of the KurrentDB server behind the client calls the adapter makes, written
 * from the server's source where no server can run (the contract suite runs on a real one when
 * EVENTSTORE_CONNECTION_STRING is set). What it keeps of the server, on purpose:
 * - $all positions are byte offsets (gaps), one per event, and reads *from* a position include the
 *   event at it; filtered reads return up to `maxCount` matching events, fewer only at the end;
 * - the server writes system events of its own ($-types in $-streams) between ours;
 * - event ids are checked the server's way only: at an exact expected revision only when the
 *   stream has moved past it (the ids must follow it), with `any` only in a small cache of recent
 *   ids; an identical append that lost a race is answered as a success, with the first one's result;
 * - a tombstoned stream fails reads and appends with StreamDeletedError.
 * The client's own error classes are thrown, so `instanceof` works as against the real client.
 */
export class KurrentDbModel {
  private readonly log: ModelEvent[] = [];
  private readonly streams = new Map<string, ModelEvent[]>();
  private readonly tombstoned = new Set<string>();
  /** The server's recent-id cache (CommitCheck), small here so that its limits show. */
  private readonly recentIds = new Map<string, ModelEvent>();
  private readonly subscribers = new Set<EventEmitter>();
  private nextPosition = 1000n;
  /** Events $all reads have handed out in full so far. */
  eventsRead = 0;
  private appends = 0;

  /** The model typed as the client it stands in for. */
  asClient(): KurrentDBClient {
    return this as unknown as KurrentDBClient;
  }

  tombstone(streamName: string): void {
    this.tombstoned.add(streamName);
    this.write('$$' + streamName, [{ id: randomUUID(), type: '$streamDeleted', data: {}, metadata: {} }]);
  }

  async appendToStream(
    streamName: string,
    event: { id: string; type: string; data: unknown; metadata?: unknown } | { id: string; type: string; data: unknown; metadata?: unknown }[],
    options: { streamState?: AppendStreamState } = {},
  ): Promise<{ success: true; nextExpectedRevision: bigint; position: { commit: bigint; prepare: bigint } }> {
    await Promise.resolve();
    const events = Array.isArray(event) ? event : [event];
    const state = options.streamState ?? 'any';
    if (this.tombstoned.has(streamName)) throw StreamDeletedError.fromStreamName(streamName);
    const stream = this.streams.get(streamName) ?? [];
    const current = BigInt(stream.length - 1);
    const wrong = () =>
      new WrongExpectedVersionError(undefined, { streamName, current: current === -1n ? 'no_stream' : current, expected: state });
    const idempotentAt = (start: number) => {
      const existing = stream.slice(start, start + events.length);
      if (existing.length === events.length && existing.every((e, i) => e.id === events[i]!.id)) return existing;
      return undefined;
    };
    const answer = (written: ModelEvent[]) => ({
      success: true as const,
      nextExpectedRevision: written.at(-1)!.revision,
      position: written.at(-1)!.position,
    });

    if (state === 'any' || state === 'stream_exists') {
      if (state === 'stream_exists' && current === -1n) throw wrong();
      const cached = this.recentIds.get(events[0]!.id);
      if (cached && cached.streamId === streamName) {
        const again = idempotentAt(Number(cached.revision));
        if (again) return answer(again);
      }
    } else if (state === 'no_stream') {
      if (current !== -1n) {
        const again = idempotentAt(0);
        if (again) return answer(again);
        throw wrong();
      }
    } else if (state !== current) {
      if (state < current) {
        const again = idempotentAt(Number(state) + 1);
        if (again) return answer(again);
      }
      throw wrong();
    }
    const written = this.write(streamName, events);
    // Now and then the server writes something of its own.
    if (++this.appends % 3 === 0) this.write(`$stats-model`, [{ id: randomUUID(), type: '$statsCollected', data: {}, metadata: {} }]);
    return answer(written);
  }

  readStream(
    streamName: string,
    options: { direction?: 'forwards' | 'backwards'; fromRevision?: bigint | 'start' | 'end'; maxCount?: number | bigint } = {},
  ): AsyncIterable<{ event: ModelEvent }> {
    const model = this;
    return (async function* () {
      await Promise.resolve();
      if (model.tombstoned.has(streamName)) throw StreamDeletedError.fromStreamName(streamName);
      const stream = model.streams.get(streamName);
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      const backwards = options.direction === 'backwards';
      const from = options.fromRevision ?? (backwards ? 'end' : 'start');
      const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      const picked = backwards
        ? stream.filter((e) => from === 'end' || e.revision <= (from as bigint)).reverse()
        : stream.filter((e) => from === 'start' || e.revision >= (from as bigint));
      for (const event of picked.slice(0, max)) yield { event: copy(event) };
    })();
  }

  readAll(
    options: {
      direction?: 'forwards' | 'backwards';
      fromPosition?: 'start' | 'end' | { commit: bigint; prepare: bigint };
      maxCount?: number | bigint;
      filter?: ModelFilter;
    } = {},
  ): AsyncIterable<{ event: ModelEvent }> {
    const model = this;
    return (async function* () {
      await Promise.resolve();
      const backwards = options.direction === 'backwards';
      const from = options.fromPosition ?? (backwards ? 'end' : 'start');
      const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      // A snapshot, as the server reads up to what it has indexed when the read starts.
      const log = model.log.slice();
      const candidates = backwards
        ? log.filter((e) => from === 'end' || e.position.commit < (from as { commit: bigint }).commit).reverse()
        : log.filter((e) => from === 'start' || e.position.commit >= (from as { commit: bigint }).commit);
      let returned = 0;
      for (const event of candidates) {
        if (returned >= max) return;
        if (!matches(options.filter, event)) continue;
        returned++;
        model.eventsRead++;
        yield { event: copy(event) };
      }
    })();
  }

  subscribeToAll(options: { fromPosition?: 'end'; filter?: ModelFilter } = {}): EventEmitter & { unsubscribe(): Promise<void> } {
    const subscription = Object.assign(new EventEmitter(), {
      unsubscribe: async () => {
        if (this.subscribers.delete(subscription)) subscription.emit('close');
      },
    });
    (subscription as unknown as { filter?: ModelFilter }).filter = options.filter;
    this.subscribers.add(subscription);
    return subscription;
  }

  /** Ends every live subscription, as a server restart does. */
  endSubscriptions(): void {
    for (const subscription of [...this.subscribers]) {
      this.subscribers.delete(subscription);
      subscription.emit('end');
    }
  }

  get liveSubscriptions(): number {
    return this.subscribers.size;
  }

  async dispose(): Promise<void> {
    this.endSubscriptions();
  }

  private write(streamName: string, events: { id: string; type: string; data: unknown; metadata?: unknown }[]): ModelEvent[] {
    const stream = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, stream);
    const written = events.map((e) => {
      // Positions are byte offsets: far apart, and not evenly.
      this.nextPosition += BigInt(100 + Math.floor(Math.random() * 400));
      const recorded: ModelEvent = {
        streamId: streamName,
        id: e.id,
        type: e.type,
        revision: BigInt(stream.length),
        data: JSON.parse(JSON.stringify(e.data)),
        metadata: JSON.parse(JSON.stringify(e.metadata ?? {})),
        position: { commit: this.nextPosition, prepare: this.nextPosition },
      };
      stream.push(recorded);
      this.log.push(recorded);
      this.recentIds.set(e.id, recorded);
      if (this.recentIds.size > 8) this.recentIds.delete(this.recentIds.keys().next().value!);
      return recorded;
    });
    for (const subscriber of this.subscribers) {
      const filter = (subscriber as unknown as { filter?: ModelFilter }).filter;
      for (const event of written) if (matches(filter, event)) subscriber.emit('data', { event: copy(event) });
    }
    return written;
  }
}

function matches(filter: ModelFilter | undefined, event: ModelEvent): boolean {
  if (!filter) return true;
  const value = filter.filterOn === 'eventType' ? event.type : event.streamId;
  if (filter.regex !== undefined) return new RegExp(filter.regex).test(value);
  return (filter.prefixes ?? []).some((prefix) => value.startsWith(prefix));
}

const copy = (event: ModelEvent): ModelEvent => ({
  ...event,
  data: JSON.parse(JSON.stringify(event.data)),
  metadata: JSON.parse(JSON.stringify(event.metadata)),
});
