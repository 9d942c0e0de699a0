import { Decider, DomainEvent, fold } from '@app/domain';
import { CommandContext, toEventsToAppend } from '../event-store/envelope';
import { AppendResult, EventStore, RecordedEvent, WrongExpectedRevisionError } from '../event-store/event-store.port';

export interface CommandOutcome<TState = unknown> {
  streamName: string;
  /** Events this command appended; empty when it had already been applied (a retry). */
  appended: DomainEvent[];
  /** State right after this command; read it at once (later commands on the stream may update it). */
  state: TState;
  /** Position of the last appended event, when anything was appended. */
  position?: number;
}

export class CommandConflictError extends Error {
  constructor(readonly streamName: string, attempts: number) {
    super(`stream ${streamName} kept changing; gave up after ${attempts} attempts`);
    this.name = 'CommandConflictError';
  }
}

/** Serialises work per key inside this process (cross-process races are caught by the store). */
class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface CachedStream {
  decider: unknown;
  state: unknown;
  revision: number;
}

/**
 * The generic command path: read the stream, fold it, decide, append with the expected revision.
 * On a revision conflict (another process wrote first) it re-reads and decides again, a bounded
 * number of times with jittered back-off. Commands for one stream queue up inside a process, so
 * contention only ever comes from other processes.
 *
 * Write-side cache: the folded state of recently used streams is kept (LRU). A cached state only
 * ever feeds an append, which the expected revision guards; when a cached state leads to an error
 * or to "nothing to do", the stream is read afresh and the command decided again, so a stale cache
 * can cost a retry but never a wrong answer.
 */
export class AggregateRunner {
  private readonly queue = new KeyedQueue();
  private readonly cache = new Map<string, CachedStream>();

  constructor(
    private readonly store: EventStore,
    private readonly maxAttempts = 8,
    private readonly cacheSize = 10_000,
  ) {}

  execute<C extends { commandId: string }, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamName: string,
    command: C,
    context: CommandContext,
  ): Promise<CommandOutcome<S>> {
    return this.queue.run(streamName, () => this.attempt(decider, streamName, command, context));
  }

  private async attempt<C extends { commandId: string }, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamName: string,
    command: C,
    context: CommandContext,
  ): Promise<CommandOutcome<S>> {
    for (let attempt = 1; ; attempt++) {
      const cached = this.cache.get(streamName);
      this.cache.delete(streamName);
      let loaded: { state: S; revision: number } | undefined =
        cached && cached.decider === decider ? { state: cached.state as S, revision: cached.revision } : undefined;
      let events: E[] | undefined;
      if (loaded) {
        try {
          events = decider.decide(command, loaded.state);
        } catch {
          events = undefined;
        }
        // Errors and no-ops are decided again on fresh state (rare, and never trusted to a cache).
        if (!events?.length) loaded = undefined;
      }
      if (!loaded) {
        loaded = await this.load(decider, streamName);
        events = decider.decide(command, loaded.state);
        if (events.length === 0) {
          this.remember(streamName, decider, loaded.state, loaded.revision);
          return { streamName, appended: [], state: loaded.state };
        }
      }
      let result: AppendResult;
      try {
        result = await this.store.appendToStream(
          streamName,
          toEventsToAppend(command.commandId, events!, { causationId: command.commandId, ...context }),
          { expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision },
        );
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= this.maxAttempts) throw new CommandConflictError(streamName, attempt);
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
        continue;
      }
      let next = loaded.state;
      for (const event of events!) next = decider.evolve(next, event);
      this.remember(streamName, decider, next, result.nextExpectedRevision);
      return { streamName, appended: events!, state: next, position: result.position };
    }
  }

  /**
   * The state of a stream for display: read fresh, or with `cached` taken from this process's
   * write-side cache when present (fine for data that only this process changes, such as a bot
   * user's own preferences; never used to decide anything).
   */
  async state<S>(decider: Decider<never, DomainEvent, S>, streamName: string, options: { cached?: boolean } = {}): Promise<{ state: S; revision: number }> {
    const hit = options.cached ? this.cache.get(streamName) : undefined;
    if (hit && hit.decider === decider) return { state: hit.state as S, revision: hit.revision };
    return this.queue.run(streamName, async () => {
      const loaded = await this.load(decider, streamName);
      this.remember(streamName, decider, loaded.state, loaded.revision);
      return loaded;
    });
  }

  private async load<S>(decider: Decider<never, DomainEvent, S>, streamName: string): Promise<{ state: S; revision: number }> {
    const history: RecordedEvent[] = await this.store.readStream(streamName);
    return {
      state: fold(decider, history as unknown as Iterable<DomainEvent>),
      revision: history.length === 0 ? -1 : history[history.length - 1]!.revision,
    };
  }

  private remember(streamName: string, decider: unknown, state: unknown, revision: number): void {
    this.cache.set(streamName, { decider, state, revision });
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
