import { Decider, DomainEvent } from '@app/domain';
import { CommandContext, toEventsToAppend } from './envelope';
import { AppendResult, EventStore, RecordedEvent, WrongExpectedRevisionError } from './event-store.port';

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

interface Loaded<S> {
  state: S;
  revision: number;
}

/** What folding a stream takes of a decider. */
interface Folder<S> {
  initialState(): S;
  evolve(state: S, event: never): S;
}

/**
 * The generic command path: read the stream, fold it, decide, append with the expected revision.
 * On a revision conflict (another process wrote first) it reads what it missed and decides again,
 * a bounded number of times with jittered back-off. Commands for one stream queue up inside a
 * process, so contention only ever comes from other processes.
 *
 * Write-side cache: the folded state of recently used streams is kept (LRU). Events never change,
 * so a cached state at revision R is always a correct fold of revisions 0..R: bringing it up to
 * date takes only the events after R (one short read, usually empty). A cached state is trusted
 * without that read only to propose an append, which the expected revision guards; when it leads
 * to an error, to "nothing to do" or to a conflict, the command is decided again on a state
 * brought up to date, so a stale cache can cost a retry but never a wrong answer. Events the stream
 * already holds (same ids: the command ran before) mean the command is done: nothing is appended.
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
    // What this process knows of the stream; `trusted` while it has not been contradicted.
    let known = this.take<S>(decider, streamName);
    let trusted = known !== undefined;
    for (let attempt = 1; ; attempt++) {
      let current: Loaded<S> | undefined;
      let events: E[] | undefined;
      if (trusted && known) {
        current = known;
        try {
          events = decider.decide(command, current.state);
        } catch {
          events = undefined;
        }
      }
      if (!events?.length) {
        // Errors and no-ops are decided on an up-to-date state (rare, and never trusted to a cache).
        const fresh: Loaded<S> = await this.load(decider, streamName, known);
        current = fresh;
        try {
          events = decider.decide(command, fresh.state);
        } catch (error) {
          this.remember(streamName, decider, fresh);
          throw error;
        }
        if (events.length === 0) {
          this.remember(streamName, decider, fresh);
          return { streamName, appended: [], state: fresh.state };
        }
      }
      let result: AppendResult;
      try {
        result = await this.store.appendToStream(
          streamName,
          toEventsToAppend(command.commandId, events, { causationId: command.commandId, ...context }),
          { expectedRevision: current!.revision === -1 ? 'no_stream' : current!.revision },
        );
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        // Another process wrote first: catch up and decide again.
        if (attempt >= this.maxAttempts) throw new CommandConflictError(streamName, attempt);
        known = current;
        trusted = false;
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
        continue;
      }
      if (!result.appended) {
        // These very events are in the stream already: this command ran before. Nothing to do;
        // answer with the stream as it is now.
        const now = await this.load(decider, streamName, current);
        this.remember(streamName, decider, now);
        return { streamName, appended: [], state: now.state };
      }
      let next = current!.state;
      for (const event of events) next = decider.evolve(next, event);
      this.remember(streamName, decider, { state: next, revision: result.nextExpectedRevision });
      return { streamName, appended: events, state: next, position: result.position };
    }
  }

  /**
   * The state of a stream, brought up to date: this process's cached fold plus a read of the events
   * after its revision (usually none), so it includes every event committed before the call. A
   * decision that charges, gates a feature or sets priority is made on this (or by a decider at
   * append time, under the stream's expected revision).
   *
   * With `cached`, the cached fold is returned as it is, without that read: for display only (the
   * language a message is written in). It may miss what another process appended (an admin's tier
   * change through the API), so nothing that charges, gates or ranks may be decided on it.
   */
  async state<S>(decider: Decider<never, DomainEvent, S>, streamName: string, options: { cached?: boolean } = {}): Promise<Loaded<S>> {
    const hit = options.cached ? this.cache.get(streamName) : undefined;
    if (hit && hit.decider === decider) return { state: hit.state as S, revision: hit.revision };
    return this.queue.run(streamName, async () => {
      const loaded = await this.load(decider, streamName, this.take<S>(decider, streamName));
      this.remember(streamName, decider, loaded);
      return loaded;
    });
  }

  /** Folds the events after `known` onto it (or the whole stream, knowing nothing). */
  private async load<S>(decider: Folder<S>, streamName: string, known?: Loaded<S>): Promise<Loaded<S>> {
    const history: RecordedEvent[] = await this.store.readStream(streamName, known ? { fromRevision: known.revision + 1 } : {});
    let state = known ? known.state : decider.initialState();
    for (const event of history) state = decider.evolve(state, event as never);
    return { state, revision: history.at(-1)?.revision ?? known?.revision ?? -1 };
  }

  /** Removes and returns the cached state of a stream for this decider (the caller puts back what it ends with). */
  private take<S>(decider: unknown, streamName: string): Loaded<S> | undefined {
    const cached = this.cache.get(streamName);
    this.cache.delete(streamName);
    return cached && cached.decider === decider ? { state: cached.state as S, revision: cached.revision } : undefined;
  }

  private remember(streamName: string, decider: unknown, loaded: Loaded<unknown>): void {
    this.cache.set(streamName, { decider, state: loaded.state, revision: loaded.revision });
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
