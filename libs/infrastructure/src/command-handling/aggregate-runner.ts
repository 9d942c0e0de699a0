import { Decider, DomainEvent, fold } from '@app/domain';
import { CommandContext, toEventsToAppend } from '../event-store/envelope';
import { AppendResult, EventStore, RecordedEvent, WrongExpectedRevisionError } from '../event-store/event-store.port';

export interface CommandOutcome<TState = unknown> {
  streamName: string;
  /** Events this command appended; empty when it had already been applied (a retry). */
  appended: DomainEvent[];
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

/**
 * The generic command path: read the stream, fold it, decide, append with the expected revision.
 * On a revision conflict (another process wrote first) it re-reads and decides again, a bounded
 * number of times with jittered back-off. Commands for one stream queue up inside a process, so
 * contention only ever comes from other processes.
 */
export class AggregateRunner {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly maxAttempts = 8,
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
      const history = await this.store.readStream(streamName);
      const state = fold(decider, history as unknown as Iterable<E>);
      const events = decider.decide(command, state);
      if (events.length === 0) return { streamName, appended: [], state };
      let result: AppendResult;
      try {
        result = await this.store.appendToStream(
          streamName,
          toEventsToAppend(command.commandId, events, { causationId: command.commandId, ...context }),
          { expectedRevision: expectedAfter(history) },
        );
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= this.maxAttempts) throw new CommandConflictError(streamName, attempt);
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
        continue;
      }
      let next = state;
      for (const event of events) next = decider.evolve(next, event);
      return { streamName, appended: events, state: next, position: result.position };
    }
  }
}

function expectedAfter(history: RecordedEvent[]): number | 'no_stream' {
  return history.length === 0 ? 'no_stream' : history[history.length - 1]!.revision;
}
