import { createTestDatabase } from '../../../../test/support/database';
import { describeEventStoreContract } from './event-store.contract';
import { PostgresEventStore } from './postgres-event-store';
import { domainUpcaster } from './upcasting';

describeEventStoreContract('PostgreSQL', async () => {
  const db = await createTestDatabase('es_contract');
  const store = new PostgresEventStore(db.pool, { upcast: domainUpcaster });
  const appendArgs = (streamName: string, events: { id: string; type: string; data: unknown; metadata: unknown }[]) => [
    streamName,
    'any',
    events.map((e) => e.id),
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify(e.metadata)),
  ];
  return {
    store,
    async holdAppend(streamName, events) {
      const client = await db.pool.connect();
      await client.query('BEGIN');
      await client.query('SELECT es_append($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])', appendArgs(streamName, events));
      return {
        async commit() {
          await client.query('COMMIT');
          client.release();
          await db.pool.query("SELECT pg_notify('es_appended', '0')");
        },
      };
    },
    async appendRaw(streamName, event) {
      await db.pool.query('SELECT es_append($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])', appendArgs(streamName, [event]));
    },
    async teardown() {
      await store.close();
      await db.drop();
    },
  };
});
