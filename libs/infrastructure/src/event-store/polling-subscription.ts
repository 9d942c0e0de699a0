import { EventStore, RecordedEvent, SubscribeOptions, Subscription } from './event-store.port';

/**
 * Catch-up subscription over `readAll`: reads forward in batches, then sleeps on `waitForEvents`
 * (LISTEN/NOTIFY for PostgreSQL) until more arrives. Positions only move forward, and `readAll`
 * never returns a position that an in-flight transaction could still fill in below.
 */
export function pollingSubscription(store: EventStore, options: SubscribeOptions): Subscription {
  const abort = new AbortController();
  let position = options.fromPosition ?? 0;
  const batchSize = options.batchSize ?? 500;

  async function* run(): AsyncGenerator<RecordedEvent> {
    while (!abort.signal.aborted) {
      const { events, lastPosition } = await store.readAll({ fromPosition: position, maxCount: batchSize, filter: options.filter });
      for (const event of events) {
        if (abort.signal.aborted) return;
        yield event;
      }
      const advanced = lastPosition > position;
      position = lastPosition;
      if (!advanced) await store.waitForEvents(position, 1000, abort.signal);
    }
  }

  const iterator = run();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      abort.abort();
      await iterator.return(undefined);
    },
  };
}
