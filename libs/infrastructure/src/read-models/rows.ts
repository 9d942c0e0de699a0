import type { Pool } from 'pg';

/** A timestamp column (a `Date` from pg, or text) as an ISO string. */
export const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : value);

/** The tables whose ids are listed per user, with their id and time columns. */
const PER_USER = {
  readings: { id: 'reading_id', at: 'requested_at' },
  conversions: { id: 'conversion_id', at: 'requested_at' },
  payments: { id: 'payment_id', at: 'paid_at' },
} as const;

/**
 * Each user's newest ids of one read-model table (by its time column), at most `limit` per user,
 * newest first. Called only by that table's own query module.
 */
export async function latestIdsPerUser(pool: Pool, table: keyof typeof PER_USER, userIds: string[], limit: number): Promise<Map<string, string[]>> {
  const { id: idColumn, at } = PER_USER[table];
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const { rows } = await pool.query<{ user_id: string; id: string }>(
    `SELECT user_id, id FROM (
       SELECT user_id, ${idColumn} AS id, row_number() OVER (PARTITION BY user_id ORDER BY ${at} DESC, ${idColumn} DESC) AS n
         FROM ${table} WHERE user_id = ANY($1)
     ) t WHERE n <= $2 ORDER BY user_id, n`,
    [userIds, limit],
  );
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.id]);
  return byUser;
}
