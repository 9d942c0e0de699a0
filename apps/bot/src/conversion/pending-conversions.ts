import type { PendingConversion, PendingConversions } from '@app/application';
import type { Pool } from 'pg';

export type { PendingConversion } from '@app/application';

const PREVIEW_TTL_MS = 60 * 60 * 1000;
const MAX_PENDING = 5;

/*
 * Pending previews live in their own small table keyed by user and preview id rather than in the
 * Telegraf session: the inspection finishes after the update's handler (and its session save) is
 * done, and two previews may be answered in any order.
 */
export async function savePending(pool: Pool, userId: string, previewId: string, pending: PendingConversion): Promise<void> {
  await pool.query(
    `INSERT INTO bot_pending_conversions (user_id, preview_id, data, created_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (user_id, preview_id) DO UPDATE SET data = excluded.data`,
    [userId, previewId, JSON.stringify(pending)],
  );
  await pool.query(
    `DELETE FROM bot_pending_conversions WHERE user_id = $1 AND preview_id NOT IN
       (SELECT preview_id FROM bot_pending_conversions WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2)`,
    [userId, MAX_PENDING],
  );
}

export async function loadPending(pool: Pool, userId: string, previewId: string): Promise<PendingConversion | undefined> {
  const { rows } = await pool.query<{ data: PendingConversion }>('SELECT data FROM bot_pending_conversions WHERE user_id = $1 AND preview_id = $2 AND NOT claimed', [
    userId,
    previewId,
  ]);
  const pending = rows[0]?.data;
  if (!pending || Date.now() - pending.createdAt > PREVIEW_TTL_MS) return undefined;
  return pending;
}

/** Takes the preview for confirmation; `'claimed'` when a concurrent or earlier confirm already took it. */
export async function claimPending(pool: Pool, userId: string, previewId: string): Promise<PendingConversion | 'claimed' | undefined> {
  const { rows } = await pool.query<{ data: PendingConversion }>(
    'UPDATE bot_pending_conversions SET claimed = true WHERE user_id = $1 AND preview_id = $2 AND NOT claimed RETURNING data',
    [userId, previewId],
  );
  const row = rows[0];
  if (!row) {
    const { rowCount } = await pool.query('SELECT 1 FROM bot_pending_conversions WHERE user_id = $1 AND preview_id = $2', [userId, previewId]);
    return rowCount ? 'claimed' : undefined;
  }
  if (Date.now() - row.data.createdAt > PREVIEW_TTL_MS) return undefined;
  return row.data;
}

/** Puts a claimed preview back (changed), to be confirmed again. */
export async function reopenPending(pool: Pool, userId: string, previewId: string, pending: PendingConversion): Promise<void> {
  await pool.query('UPDATE bot_pending_conversions SET claimed = false, data = $3 WHERE user_id = $1 AND preview_id = $2', [
    userId,
    previewId,
    JSON.stringify(pending),
  ]);
}

export async function deletePending(pool: Pool, userId: string, previewId: string): Promise<void> {
  await pool.query('DELETE FROM bot_pending_conversions WHERE user_id = $1 AND preview_id = $2', [userId, previewId]);
}

/** The application's pending-preview port over the bot's PostgreSQL table. */
export function pendingConversionStore(pool: Pool): PendingConversions {
  return {
    save: (userId, previewId, pending) => savePending(pool, userId, previewId, pending),
    load: (userId, previewId) => loadPending(pool, userId, previewId),
    claim: (userId, previewId) => claimPending(pool, userId, previewId),
    reopen: (userId, previewId, pending) => reopenPending(pool, userId, previewId, pending),
    delete: (userId, previewId) => deletePending(pool, userId, previewId),
  };
}
