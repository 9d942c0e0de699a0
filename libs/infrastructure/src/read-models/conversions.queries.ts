import type { Pool } from 'pg';
import { iso, latestIdsPerUser } from './rows';

export interface ConversionSummaryView {
  conversionId: string;
  title: string;
  format: string;
  enhance: boolean;
  status: string;
  failureReason: string | null;
  price: number;
  requestedAt: string;
}

/** Conversions waiting in the queue, per tier. */
export interface QueueTierView {
  tier: string;
  waiting: number;
  running: number;
  oldestWaitSeconds: number | null;
}

/** Where a conversion's status message is, to edit it. */
export interface ConversionStatusMessageView {
  userId: string;
  chatId: number;
  /** Null until the bot has sent the message. */
  statusMessageId: number | null;
}

/** Queries on the `conversions` read model (conversions.projection.ts); the only code that reads it. */
export class ConversionQueries {
  constructor(private readonly pool: Pool) {}

  async recentConversions(userId: string, limit: number): Promise<ConversionSummaryView[]> {
    const { rows } = await this.pool.query(
      `SELECT conversion_id, title, format, enhance, status, failure_reason, price, requested_at
         FROM conversions WHERE user_id = $1 ORDER BY requested_at DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({
      conversionId: r.conversion_id,
      title: r.title,
      format: r.format,
      enhance: r.enhance,
      status: r.status,
      failureReason: r.failure_reason,
      price: r.price,
      requestedAt: iso(r.requested_at),
    }));
  }

  /** Telegram file ids of the same media already delivered in this format and enhancement. */
  async cachedAudio(mediaId: string, format: string, enhance: boolean): Promise<string[] | undefined> {
    const { rows } = await this.pool.query<{ file_ids: string[] }>(
      `SELECT file_ids FROM conversions WHERE media_id = $1 AND format = $2 AND enhance = $3 AND status = 'delivered'
        ORDER BY finished_at DESC LIMIT 1`,
      [mediaId, format, enhance],
    );
    return rows[0]?.file_ids;
  }

  /** The queue view: conversions waiting and running per tier, and the oldest wait. */
  async conversionQueue(): Promise<QueueTierView[]> {
    const { rows } = await this.pool.query(
      `SELECT tier,
              count(*) FILTER (WHERE status IN ('requested', 'queued'))::int AS waiting,
              count(*) FILTER (WHERE status IN ('running', 'converting', 'uploading'))::int AS running,
              extract(epoch FROM now() - min(coalesce(queued_at, requested_at)) FILTER (WHERE status IN ('requested', 'queued')))::float8 AS oldest
         FROM conversions WHERE status NOT IN ('delivered', 'failed') GROUP BY tier`,
    );
    const byTier = new Map(rows.map((r) => [r.tier as string, r]));
    return ['pro', 'basic', 'free'].map((tier) => {
      const r = byTier.get(tier);
      return { tier, waiting: r?.waiting ?? 0, running: r?.running ?? 0, oldestWaitSeconds: r?.oldest == null ? null : Math.round(r.oldest) };
    });
  }

  /** The chat and status message of a conversion, as far as the read model knows them. */
  async statusMessage(conversionId: string): Promise<ConversionStatusMessageView | undefined> {
    const { rows } = await this.pool.query<{ chat_id: string; status_message_id: string | null; user_id: string }>(
      'SELECT chat_id, status_message_id, user_id FROM conversions WHERE conversion_id = $1',
      [conversionId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return { userId: r.user_id, chatId: Number(r.chat_id), statusMessageId: r.status_message_id === null ? null : Number(r.status_message_id) };
  }

  /** Each user's latest conversion ids, newest first, at most `limit` per user. */
  recentIdsByUser(userIds: string[], limit: number): Promise<Map<string, string[]>> {
    return latestIdsPerUser(this.pool, 'conversions', userIds, limit);
  }

  /** The audio (title and format) of each of the user's conversions named, by conversion id. */
  async audioOf(userId: string, conversionIds: string[]): Promise<Map<string, { title: string; format: string }>> {
    if (conversionIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ conversion_id: string; title: string; format: string }>(
      'SELECT conversion_id, title, format FROM conversions WHERE user_id = $1 AND conversion_id = ANY($2)',
      [userId, conversionIds],
    );
    return new Map(rows.map((r) => [r.conversion_id, { title: r.title, format: r.format }]));
  }
}
