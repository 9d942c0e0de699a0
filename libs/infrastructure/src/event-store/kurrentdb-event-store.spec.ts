import { randomUUID } from 'node:crypto';
import { jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { describeEventStoreContract } from './event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { domainUpcaster } from './upcasting';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

// Runs only against a real server; without EVENTSTORE_CONNECTION_STRING the suite is reported as skipped.
describeEventStoreContract(
  'KurrentDB',
  async () => {
    const store = KurrentDbEventStore.fromConnectionString(connectionString!, { upcast: domainUpcaster });
    const raw = KurrentDBClient.connectionString(connectionString!);
    return {
      store,
      async appendRaw(streamName, event) {
        await raw.appendToStream(
          streamName,
          jsonEvent({ id: event.id ?? randomUUID(), type: event.type, data: event.data as never, metadata: event.metadata as never }),
        );
      },
      async teardown() {
        await store.close();
        await raw.dispose();
      },
    };
  },
  Boolean(connectionString),
);
