import type { Pool } from 'pg';
import { iso, latestIdsPerUser } from './rows';

export type PaymentStatus = 'paid' | 'partially_refunded' | 'refunded' | 'disputed' | 'dispute_won' | 'dispute_lost' | 'mismatch';

/** One payment as /invoices and the admin console show it. */
export interface PaymentView {
  paymentId: string;
  userId: string;
  provider: 'stripe' | 'stars';
  /** The provider's ids: Stripe session / invoice / payment intent / charge, or the Stars charge ids. */
  providerIds: Record<string, string>;
  offerId: string;
  /** `pack` or `subscription`; null for a mismatch on an unknown offer. */
  kind: 'pack' | 'subscription' | null;
  tier: 'basic' | 'pro' | null;
  /** Credits the payment delivered (0 for a mismatch). */
  credits: number;
  amountMinor: number;
  currency: string;
  status: PaymentStatus;
  /** Why a mismatch credited nothing (unknown_offer, currency_mismatch, amount_mismatch). */
  mismatchReason: string | null;
  refundedMinor: number;
  paidAt: string;
  /** Stripe's hosted invoice page and PDF, when the payment has an invoice. */
  hostedInvoiceUrl: string | null;
  invoicePdf: string | null;
  updatedAt: string;
}

const PAYMENT_COLUMNS = `payment_id, user_id, provider, provider_ids, offer_id, kind, tier, credits, amount_minor::float8 AS amount_minor, currency, status,
  mismatch_reason, refunded_minor::float8 AS refunded_minor, paid_at, hosted_invoice_url, invoice_pdf, updated_at`;

function paymentView(r: Record<string, any>): PaymentView {
  return {
    paymentId: r.payment_id,
    userId: r.user_id,
    provider: r.provider,
    providerIds: r.provider_ids,
    offerId: r.offer_id,
    kind: r.kind,
    tier: r.tier,
    credits: r.credits,
    amountMinor: r.amount_minor,
    currency: r.currency,
    status: r.status,
    mismatchReason: r.mismatch_reason,
    refundedMinor: r.refunded_minor,
    paidAt: iso(r.paid_at),
    hostedInvoiceUrl: r.hosted_invoice_url,
    invoicePdf: r.invoice_pdf,
    updatedAt: iso(r.updated_at),
  };
}

/** Queries on the `payments` read model (payments.projection.ts); the only code that reads it. */
export class PaymentQueries {
  constructor(private readonly pool: Pool) {}

  /** Each user's newest payment ids (by when paid), at most `limit` per user. */
  recentIdsByUser(userIds: string[], limit: number): Promise<Map<string, string[]>> {
    return latestIdsPerUser(this.pool, 'payments', userIds, limit);
  }

  /** A user's payments, newest first; `offset` pages back (ties on the time ordered by id). */
  async userPayments(userId: string, options: { limit: number; offset?: number }): Promise<PaymentView[]> {
    const { rows } = await this.pool.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE user_id = $1 ORDER BY paid_at DESC, payment_id DESC LIMIT $2 OFFSET $3`,
      [userId, options.limit, options.offset ?? 0],
    );
    return rows.map(paymentView);
  }

  async payment(paymentId: string): Promise<PaymentView | undefined> {
    const { rows } = await this.pool.query(`SELECT ${PAYMENT_COLUMNS} FROM payments WHERE payment_id = $1`, [paymentId]);
    return rows[0] && paymentView(rows[0]);
  }

  /**
   * Payments carrying a provider id: any Stripe id of the payment, its refunds or disputes
   * (`cs_…`, `in_…`, `pi_…`, `ch_…`, `re_…`, `dp_…`, a customer `cus_…` finds all of theirs),
   * or a Telegram Stars charge id; or our own payment id. Newest first, at most 50.
   */
  async findPayments(providerId: string): Promise<PaymentView[]> {
    const { rows } = await this.pool.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE provider_refs @> ARRAY[$1::text] OR payment_id = $1 ORDER BY paid_at DESC, payment_id DESC LIMIT 50`,
      [providerId],
    );
    return rows.map(paymentView);
  }
}
