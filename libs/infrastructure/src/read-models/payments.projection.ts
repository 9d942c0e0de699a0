import { offerById, PAYMENT_EVENT_TYPES, PaymentEvent } from '@app/domain';
import type { PoolClient } from 'pg';
import { RecordedEvent } from '../event-store/event-store.port';
import { Projection } from '../projections/projection';

/** providerIds keys that carry links for the customer, not ids to search by. */
export const PAYMENT_LINK_KEYS = ['hostedInvoiceUrl', 'invoicePdf'] as const;

/**
 * The status a payment shows, from what happened to it: a mismatch stays a mismatch; a dispute
 * open or lost outranks refunds (the money is held or gone); then a full or partial refund; a
 * dispute won leaves the payment as it was, named so the audit sees it.
 */
const STATUS = `CASE
    WHEN mismatch_reason IS NOT NULL THEN 'mismatch'
    WHEN dispute_status = 'lost' THEN 'dispute_lost'
    WHEN dispute_status = 'open' THEN 'disputed'
    WHEN refund_full THEN 'refunded'
    WHEN refunded_minor > 0 THEN 'partially_refunded'
    WHEN dispute_status = 'won' THEN 'dispute_won'
    ELSE 'paid' END`;

/**
 * `payments`: one row per payment stream (a Stripe Checkout Session or invoice payment, a Stars
 * charge) with what it bought, its amount, status and refunds, for /invoices and the admin search.
 * `provider_refs` holds every provider id of the payment (and of its refunds and disputes), so an
 * operator finds it by whichever Stripe or Telegram id they have.
 */
export const paymentsProjection: Projection = {
  name: 'payments',
  filter: { eventTypes: PAYMENT_EVENT_TYPES },
  tables: [
    {
      name: 'payments',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           payment_id text PRIMARY KEY,
           user_id text NOT NULL,
           provider text NOT NULL,
           provider_ids jsonb NOT NULL,
           provider_refs text[] NOT NULL,
           offer_id text NOT NULL,
           kind text,
           tier text,
           credits int NOT NULL,
           amount_minor bigint NOT NULL,
           currency text NOT NULL,
           status text NOT NULL,
           mismatch_reason text,
           refunded_minor bigint NOT NULL DEFAULT 0,
           refund_full boolean NOT NULL DEFAULT false,
           dispute_status text,
           hosted_invoice_url text,
           invoice_pdf text,
           paid_at timestamptz NOT NULL,
           updated_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
        `CREATE INDEX ON ${t} (user_id, paid_at DESC, payment_id DESC)`,
        `CREATE INDEX ON ${t} USING gin (provider_refs)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const t = table('payments');
    for (const event of events as RecordedEvent<PaymentEvent['data']>[]) {
      const e = event as unknown as PaymentEvent;
      const at = event.metadata.occurredAt;
      switch (e.type) {
        case 'PaymentSucceeded':
        case 'PaymentAmountMismatched': {
          const d = e.data;
          const succeeded = e.type === 'PaymentSucceeded' ? e.data : undefined;
          const mismatch = e.type === 'PaymentAmountMismatched' ? e.data : undefined;
          const kind = succeeded?.offerKind ?? offerById(d.offerId)?.kind ?? null;
          const ids = d.providerIds;
          const refs = Object.entries(ids)
            .filter(([key]) => !(PAYMENT_LINK_KEYS as readonly string[]).includes(key))
            .map(([, value]) => value);
          await client.query(
            `INSERT INTO ${t} (payment_id, user_id, provider, provider_ids, provider_refs, offer_id, kind, tier, credits, amount_minor, currency,
                               status, mismatch_reason, hosted_invoice_url, invoice_pdf, paid_at, updated_at, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) ON CONFLICT (payment_id) DO NOTHING`,
            [
              d.paymentId,
              d.userId,
              d.provider,
              JSON.stringify(ids),
              refs,
              d.offerId,
              kind,
              succeeded?.tier ?? null,
              succeeded?.credits ?? 0,
              succeeded?.amountMinor ?? mismatch!.received.amountMinor,
              succeeded?.currency ?? mismatch!.received.currency,
              mismatch ? 'mismatch' : 'paid',
              mismatch?.reason ?? null,
              ids.hostedInvoiceUrl ?? null,
              ids.invoicePdf ?? null,
              d.paidAt,
              at,
              event.position,
            ],
          );
          break;
        }
        case 'PaymentRefunded':
          await update(client, t, e.data, 'refunded_minor = $5, refund_full = $6', at, event.position, e.data.refundId, [e.data.refundedTotalMinor, e.data.full]);
          break;
        case 'DisputeOpened':
          // A dispute already closed (its close delivered first) stays closed.
          await update(client, t, e.data, "dispute_status = coalesce(dispute_status, 'open')", at, event.position, e.data.disputeId, []);
          break;
        case 'DisputeClosed':
          await update(client, t, e.data, 'dispute_status = $5', at, event.position, e.data.disputeId, [e.data.outcome]);
          break;
        case 'DisputeEvidenceSubmitted':
          break;
      }
    }
  },
};

/**
 * Applies one later event to a payment's row (adding the refund's or dispute's provider id to
 * its refs once), then recomputes its status from the row. `position < $3` makes an event
 * already applied (a replay) change nothing.
 */
async function update(client: PoolClient, t: string, d: { paymentId: string }, assignments: string, at: string, position: number, ref: string, params: unknown[]) {
  const { rowCount } = await client.query(
    `UPDATE ${t} SET ${assignments}, updated_at = $2, position = $3,
            provider_refs = CASE WHEN $4::text = ANY(provider_refs) THEN provider_refs ELSE array_append(provider_refs, $4::text) END
      WHERE payment_id = $1 AND position < $3`,
    [d.paymentId, at, position, ref, ...params],
  );
  if (rowCount) await client.query(`UPDATE ${t} SET status = ${STATUS} WHERE payment_id = $1`, [d.paymentId]);
}
