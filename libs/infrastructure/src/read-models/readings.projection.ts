import { ReadingEvent, READING_EVENT_TYPES, ReadingRequested } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { columns, Projection } from '../projections/projection';

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
    // The batch folded per reading, so it takes at most two statements: readings requested in this
    // batch are inserted whole, the others updated.
    const changes = new Map<string, Change>();
    for (const event of events as RecordedEvent<ReadingEvent['data']>[]) {
      const e = event as unknown as ReadingEvent;
      let change = changes.get(e.data.readingId);
      if (!change) changes.set(e.data.readingId, (change = { readingId: e.data.readingId, status: 'requested', at: '', position: 0 }));
      switch (e.type) {
        case 'ReadingRequested':
          change.request = { ...e.data, requestedAt: event.metadata.occurredAt };
          change.status = 'requested';
          break;
        case 'CardsDrawn':
          change.status = 'drawn';
          change.cards = JSON.stringify(e.data.cards);
          break;
        case 'ReadingGenerated':
          change.status = 'generated';
          change.text = e.data.text;
          change.source = e.data.source;
          break;
        case 'ReadingDelivered':
          change.status = 'delivered';
          break;
        case 'ReadingFailed':
          change.status = 'failed';
          change.failureReason = e.data.reason;
          break;
      }
      change.at = event.metadata.occurredAt;
      change.position = event.position;
    }
    const all = [...changes.values()];
    const requested = all.filter((c) => c.request);
    const later = all.filter((c) => !c.request);
    const changed = [(c: Change) => c.status, (c: Change) => c.cards ?? null, (c: Change) => c.text ?? null, (c: Change) => c.source ?? null, (c: Change) => c.failureReason ?? null, (c: Change) => c.at, (c: Change) => c.position];
    if (requested.length > 0) {
      await client.query(
        `INSERT INTO ${t} (reading_id, user_id, spread_id, question, language, price, requested_at,
                          status, cards, text, source, failure_reason, updated_at, position)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[],
                              $8::text[], $9::jsonb[], $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::bigint[])
         ON CONFLICT (reading_id) DO NOTHING`,
        columns(requested, [
          (c) => c.readingId,
          (c) => c.request!.userId,
          (c) => c.request!.spreadId,
          (c) => c.request!.question,
          (c) => c.request!.language,
          (c) => c.request!.price,
          (c) => c.request!.requestedAt,
          ...changed,
        ]),
      );
    }
    if (later.length > 0) {
      await client.query(
        `UPDATE ${t} AS r SET status = c.status, cards = coalesce(c.cards, r.cards), text = coalesce(c.text, r.text),
                source = coalesce(c.source, r.source), failure_reason = coalesce(c.failure_reason, r.failure_reason),
                updated_at = c.updated_at, position = c.position
           FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::bigint[])
                AS c (reading_id, status, cards, text, source, failure_reason, updated_at, position)
          WHERE r.reading_id = c.reading_id`,
        columns(later, [(c) => c.readingId, ...changed]),
      );
    }
  },
};

/** What one batch does to one reading. */
interface Change {
  readingId: string;
  /** Present when the batch requests the reading (the row is new). */
  request?: ReadingRequested['data'] & { requestedAt: string };
  status: string;
  cards?: string;
  text?: string;
  source?: string;
  failureReason?: string;
  at: string;
  position: number;
}
