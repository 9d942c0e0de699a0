import { ReadingEvent, READING_EVENT_TYPES } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { Projection } from '../projections/projection';

/** `readings`: every tarot reading per user with its cards, text and status (for /history). */
export const readingsProjection: Projection = {
  name: 'readings',
  filter: { eventTypes: READING_EVENT_TYPES },
  tables: [
    {
      name: 'readings',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           reading_id text PRIMARY KEY,
           user_id text NOT NULL,
           spread_id text NOT NULL,
           question text NOT NULL,
           language text NOT NULL,
           price int NOT NULL,
           status text NOT NULL,
           cards jsonb,
           text text,
           source text,
           failure_reason text,
           requested_at timestamptz NOT NULL,
           updated_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
        `CREATE INDEX ON ${t} (user_id, requested_at DESC)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const t = table('readings');
    for (const event of events as RecordedEvent<ReadingEvent['data']>[]) {
      const e = event as unknown as ReadingEvent;
      const at = event.metadata.occurredAt;
      switch (e.type) {
        case 'ReadingRequested':
          await client.query(
            `INSERT INTO ${t} (reading_id, user_id, spread_id, question, language, price, status, requested_at, updated_at, position)
             VALUES ($1, $2, $3, $4, $5, $6, 'requested', $7, $7, $8) ON CONFLICT (reading_id) DO NOTHING`,
            [e.data.readingId, e.data.userId, e.data.spreadId, e.data.question, e.data.language, e.data.price, at, event.position],
          );
          break;
        case 'CardsDrawn':
          await update(client, t, e.data.readingId, "status = 'drawn', cards = $4", at, event.position, [JSON.stringify(e.data.cards)]);
          break;
        case 'ReadingGenerated':
          await update(client, t, e.data.readingId, "status = 'generated', text = $4, source = $5", at, event.position, [e.data.text, e.data.source]);
          break;
        case 'ReadingDelivered':
          await update(client, t, e.data.readingId, "status = 'delivered'", at, event.position, []);
          break;
        case 'ReadingFailed':
          await update(client, t, e.data.readingId, "status = 'failed', failure_reason = $4", at, event.position, [e.data.reason]);
          break;
      }
    }
  },
};

function update(client: import('pg').PoolClient, t: string, readingId: string, set: string, at: string, position: number, params: unknown[]) {
  return client.query(`UPDATE ${t} SET ${set}, updated_at = $2, position = $3 WHERE reading_id = $1`, [readingId, at, position, ...params]);
}
