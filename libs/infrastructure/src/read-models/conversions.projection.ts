import { CONVERSION_EVENT_TYPES, ConversionEvent } from '@app/domain';
import type { PoolClient } from 'pg';
import { RecordedEvent } from '../event-store/event-store.port';
import { Projection } from '../projections/projection';

/**
 * `conversions`: every video → audio conversion per user with its status and failure reason
 * (for /history, the admin console and the queue view); delivered rows double as the audio
 * cache (media id + format + enhance → Telegram file ids).
 */
export const conversionsProjection: Projection = {
  name: 'conversions',
  filter: { eventTypes: CONVERSION_EVENT_TYPES },
  tables: [
    {
      name: 'conversions',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           conversion_id text PRIMARY KEY,
           user_id text NOT NULL,
           chat_id bigint NOT NULL,
           status_message_id bigint,
           url text NOT NULL,
           media_id text NOT NULL,
           title text NOT NULL,
           duration_seconds double precision NOT NULL,
           format text NOT NULL,
           enhance boolean NOT NULL,
           tier text NOT NULL,
           price int NOT NULL,
           status text NOT NULL,
           failure_reason text,
           failure_detail text,
           attempt int NOT NULL DEFAULT 0,
           downloaded_bytes bigint,
           output_bytes bigint,
           parts int,
           fit text,
           file_ids jsonb,
           cached boolean,
           requested_at timestamptz NOT NULL,
           queued_at timestamptz,
           started_at timestamptz,
           finished_at timestamptz,
           updated_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
        `CREATE INDEX ON ${t} (user_id, requested_at DESC)`,
        `CREATE INDEX ON ${t} (media_id, format, enhance) WHERE status = 'delivered'`,
        `CREATE INDEX ON ${t} (tier, queued_at) WHERE status = 'queued'`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const t = table('conversions');
    for (const event of events as RecordedEvent<ConversionEvent['data']>[]) {
      const e = event as unknown as ConversionEvent;
      const at = event.metadata.occurredAt;
      const set = (conversionId: string, assignments: string, params: unknown[]) => update(client, t, conversionId, assignments, at, event.position, params);
      switch (e.type) {
        case 'ConversionRequested': {
          const d = e.data;
          await client.query(
            `INSERT INTO ${t} (conversion_id, user_id, chat_id, status_message_id, url, media_id, title, duration_seconds, format, enhance, tier, price,
                               status, requested_at, updated_at, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'requested', $13, $13, $14) ON CONFLICT (conversion_id) DO NOTHING`,
            [d.conversionId, d.userId, d.chatId, d.statusMessageId ?? null, d.url, d.mediaId, d.title, d.durationSeconds, d.format, d.enhance, d.tier, d.price, at, event.position],
          );
          break;
        }
        case 'ConversionQueued':
          await set(e.data.conversionId, "status = 'queued', queued_at = $2", []);
          break;
        case 'ConversionStarted':
          await set(e.data.conversionId, "status = 'running', attempt = $4, started_at = $2", [e.data.attempt]);
          break;
        case 'MediaDownloaded':
          await set(e.data.conversionId, "status = 'converting', downloaded_bytes = $4, title = $5", [e.data.bytes, e.data.title]);
          break;
        case 'ConversionCompleted':
          await set(e.data.conversionId, "status = 'uploading', output_bytes = $4, parts = $5, fit = $6", [e.data.bytes, e.data.parts, e.data.fit]);
          break;
        case 'AudioDelivered':
          await set(e.data.conversionId, "status = 'delivered', file_ids = $4, cached = $5, finished_at = $2", [JSON.stringify(e.data.fileIds), e.data.cached]);
          break;
        case 'ConversionFailed':
          await set(e.data.conversionId, "status = 'failed', failure_reason = $4, failure_detail = $5, finished_at = $2", [e.data.reason, e.data.detail ?? null]);
          break;
      }
    }
  },
};

function update(client: PoolClient, t: string, conversionId: string, assignments: string, at: string, position: number, params: unknown[]) {
  return client.query(`UPDATE ${t} SET ${assignments}, updated_at = $2, position = $3 WHERE conversion_id = $1`, [conversionId, at, position, ...params]);
}
