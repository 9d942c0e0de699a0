import type { Pool } from 'pg';
import { iso, latestIdsPerUser } from './rows';

export interface ReadingSummaryView {
  readingId: string;
  spreadId: string;
  question: string;
  status: string;
  requestedAt: string;
}

/** Queries on the `readings` read model (readings.projection.ts); the only code that reads it. */
export class ReadingQueries {
  constructor(private readonly pool: Pool) {}

  /** A user's latest readings, newest first. */
  async recentReadings(userId: string, limit: number): Promise<ReadingSummaryView[]> {
    const { rows } = await this.pool.query(
      `SELECT reading_id, spread_id, question, status, requested_at FROM readings WHERE user_id = $1 ORDER BY requested_at DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({ readingId: r.reading_id, spreadId: r.spread_id, question: r.question, status: r.status, requestedAt: iso(r.requested_at) }));
  }

  /** The text of one of the user's readings, when it was written. */
  async readingText(userId: string, readingId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ text: string | null }>('SELECT text FROM readings WHERE reading_id = $1 AND user_id = $2', [readingId, userId]);
    return rows[0]?.text ?? undefined;
  }

  /** Each user's latest reading ids, newest first, at most `limit` per user. */
  recentIdsByUser(userIds: string[], limit: number): Promise<Map<string, string[]>> {
    return latestIdsPerUser(this.pool, 'readings', userIds, limit);
  }

  /** The spread of each of the user's readings named, by reading id. */
  async spreadsOf(userId: string, readingIds: string[]): Promise<Map<string, string>> {
    if (readingIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ reading_id: string; spread_id: string }>(
      'SELECT reading_id, spread_id FROM readings WHERE user_id = $1 AND reading_id = ANY($2)',
      [userId, readingIds],
    );
    return new Map(rows.map((r) => [r.reading_id, r.spread_id]));
  }
}
