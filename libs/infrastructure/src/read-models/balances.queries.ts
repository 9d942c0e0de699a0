import type { Pool } from 'pg';

export interface BalanceView {
  userId: string;
  available: number;
  reserved: number;
  balance: number;
  lifetime: { granted: number; purchased: number; spent: number; refunded: number };
  /** Log position the figures include; compare with the projection's lag in /health. */
  asOfPosition: number;
}

/** Queries on the `balances` read model (balances.projection.ts); the only code that reads it. */
export class BalanceQueries {
  constructor(private readonly pool: Pool) {}

  async balance(userId: string): Promise<BalanceView | undefined> {
    const { rows } = await this.pool.query(
      `SELECT balance::float8, reserved::float8, available::float8, lifetime_granted::float8, lifetime_purchased::float8,
              lifetime_spent::float8, lifetime_refunded::float8, position::float8
         FROM balances WHERE user_id = $1`,
      [userId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      userId,
      available: r.available,
      reserved: r.reserved,
      balance: r.balance,
      lifetime: { granted: r.lifetime_granted, purchased: r.lifetime_purchased, spent: r.lifetime_spent, refunded: r.lifetime_refunded },
      asOfPosition: r.position,
    };
  }
}
