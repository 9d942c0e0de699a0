import type { Pool } from 'pg';
import { iso } from './rows';

export interface LedgerEntryView {
  position: number;
  eventId: string;
  type: string;
  amount: number;
  balanceChange: number;
  reference: string;
  detail: string;
  actor: { kind: string; id: string };
  reason: string | null;
  occurredAt: string;
}

/** Queries on the `ledger_entries` read model (ledger-entries.projection.ts); the only code that reads it. */
export class LedgerEntryQueries {
  constructor(private readonly pool: Pool) {}

  /** Newest first; `before` pages back by log position. */
  async ledger(userId: string, options: { limit: number; before?: number }): Promise<LedgerEntryView[]> {
    const { rows } = await this.pool.query(
      `SELECT position::float8, event_id, event_type, amount::float8, balance_change::float8, reference, detail,
              actor_kind, actor_id, reason, occurred_at
         FROM ledger_entries
        WHERE user_id = $1 AND ($2::bigint IS NULL OR position < $2)
        ORDER BY position DESC LIMIT $3`,
      [userId, options.before ?? null, options.limit],
    );
    return rows.map((r) => ({
      position: r.position,
      eventId: r.event_id,
      type: r.event_type,
      amount: r.amount,
      balanceChange: r.balance_change,
      reference: r.reference,
      detail: r.detail,
      actor: { kind: r.actor_kind, id: r.actor_id },
      reason: r.reason,
      occurredAt: iso(r.occurred_at),
    }));
  }
}
