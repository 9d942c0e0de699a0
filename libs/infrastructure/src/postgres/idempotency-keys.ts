import { createHash } from 'node:crypto';
import type { Pool } from 'pg';

/** `first`: the key is new; `repeat`: the same request again; `mismatch`: the key came with another request. */
export type IdempotencyClaim = 'first' | 'repeat' | 'mismatch';

/** A stable hash of a request: object keys sorted, so `{a, b}` and `{b, a}` are the same request. */
export function requestFingerprint(request: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(request))).digest('hex');
}

/**
 * Binds an admin's Idempotency-Key to the request it first came with (the first writer wins;
 * a racing repeat waits on the key's row and then compares).
 */
export async function claimIdempotencyKey(pool: Pool, adminId: string, key: string, request: unknown): Promise<IdempotencyClaim> {
  const hash = requestFingerprint(request);
  const inserted = await pool.query(
    `INSERT INTO admin_idempotency_keys (admin_id, idempotency_key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
    [adminId, key, hash],
  );
  if (inserted.rowCount === 1) return 'first';
  // A new statement, so it sees the row a concurrent first request has just committed.
  const { rows } = await pool.query<{ request_hash: string }>(
    `SELECT request_hash FROM admin_idempotency_keys WHERE admin_id = $1 AND idempotency_key = $2`,
    [adminId, key],
  );
  return rows[0]?.request_hash === hash ? 'repeat' : 'mismatch';
}
