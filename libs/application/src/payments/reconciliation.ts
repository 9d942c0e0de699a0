import { currentSchemaVersion, payment, paymentIdOf, paymentStream, subscription, subscriptionStream } from '@app/domain';
import { deterministicId, newId, systemActor } from '@app/infrastructure';
import type { AggregateRunner, CommandContext, Commands, EventStore, ListEventsInput, Logger, Stripe, StarsTransaction } from '@app/infrastructure';
import { accountIdOf } from '../accounts/identity';
import { parseStarsPayload, recordStarsPayment, recordStarsRefund } from './stars';
import { recordStripeEvent, stripeEventStream } from './stripe-inbox';

/**
 * Reconciliation: what the providers say happened, compared with our log, and what the log
 * missed recorded through the same use cases the live path uses (so nothing is granted twice):
 * - Telegram Stars: every `getStarTransactions` entry (paged). An incoming payment with no
 *   `payment-stars:<charge>` stream is recorded from the transaction (the payer and the invoice
 *   payload give the user and the offer); an outgoing one (a refund) not on the payment's stream
 *   is recorded as its refund.
 * - Stripe: the events list since the last run (and every event whose delivery failed,
 *   `delivery_success=false`), compared with the `stripe-event-*` inbox: a missing one is
 *   appended to the inbox, and the stripe_events process manager handles it as if delivered.
 * Each run is recorded as ReconciliationCompleted on `reconciliation-<YYYY-MM-DD>`.
 */

export const RECONCILIATION_COMPLETED = 'ReconciliationCompleted';
export const reconciliationStream = (date: Date): string => `reconciliation-${date.toISOString().slice(0, 10)}`;

/** Stripe keeps events 30 days: a first run looks back that far. */
const STRIPE_EVENTS_RETENTION_S = 30 * 24 * 3600;
/** Events stamped just before the previous run ended may have been listed after it: look a little further back. */
const STRIPE_OVERLAP_S = 600;
/** Ids kept in the recorded report per kind (the counts are always complete). */
const MAX_IDS = 100;

export interface StarsTransactionsSource {
  getStarTransactions(offset?: number, limit?: number): Promise<StarsTransaction[]>;
}
export interface StripeEventsSource {
  listEvents(input?: ListEventsInput): Promise<Stripe.ApiList<Stripe.Event>>;
}

export interface ReconciliationDeps {
  commands: Commands;
  runner: AggregateRunner;
  store: EventStore;
  logger?: Logger;
  /** The bot's Telegram client; absent or undefined: Stars are not checked. */
  stars?: () => StarsTransactionsSource | undefined | Promise<StarsTransactionsSource | undefined>;
  /** Absent when Stripe is not configured. */
  stripe?: StripeEventsSource;
  now?: () => Date;
}

export interface ReconciliationReport {
  runId: string;
  startedAt: string;
  finishedAt: string;
  stars: {
    checked: boolean;
    transactions: number;
    /** Charge ids of payments the log did not have, now recorded. */
    paymentsRecorded: string[];
    /** Charge ids of refunds the log did not have, now recorded. */
    refundsRecorded: string[];
    /** Transactions that could not be matched to an offer or a user of ours (charge ids), left for a person. */
    unmatched: string[];
  };
  stripe: {
    checked: boolean;
    /** Seconds since epoch: the events looked at were created at or after this. */
    since: number | null;
    /** Seconds since epoch: where the next run starts (less an overlap). */
    until: number;
    events: number;
    undelivered: number;
    /** Event ids the inbox did not have, now appended. */
    eventsRecorded: string[];
  };
}

const capped = (ids: string[]) => ids.slice(0, MAX_IDS);

/** Where the previous run left Stripe off: the newest ReconciliationCompleted of the last 31 days. */
async function previousStripeUntil(store: EventStore, now: Date): Promise<number | undefined> {
  for (let day = 0; day <= 31; day++) {
    const date = new Date(now.getTime() - day * 86_400_000);
    const [last] = await store.readStream(reconciliationStream(date), { direction: 'backwards', maxCount: 1 });
    const until = (last?.data as Partial<ReconciliationReport> | undefined)?.stripe?.until;
    if (typeof until === 'number') return until;
  }
  return undefined;
}

async function reconcileStars(deps: ReconciliationDeps, context: CommandContext, report: ReconciliationReport): Promise<void> {
  const source = await deps.stars?.();
  if (!source) return;
  report.stars.checked = true;
  const recorded: string[] = [];
  const refunds: string[] = [];
  const unmatched: string[] = [];
  const starsDeps = { commands: deps.commands, runner: deps.runner };
  for (let offset = 0; ; ) {
    const page = await source.getStarTransactions(offset, 100);
    for (const tx of page) {
      report.stars.transactions += 1;
      const paymentId = paymentIdOf('stars', tx.id);
      const { state } = await deps.runner.state(payment, paymentStream(paymentId));
      const incoming = tx.source?.type === 'user' ? tx.source : undefined;
      const outgoing = tx.receiver?.type === 'user' ? tx.receiver : undefined;
      if (incoming && state.status === 'none') {
        const payer = incoming as { user: { id: number }; invoice_payload?: string; subscription_period?: number };
        const payload = payer.invoice_payload ?? '';
        if (!parseStarsPayload(payload)) {
          unmatched.push(tx.id);
          continue;
        }
        const userId = accountIdOf({ channel: 'telegram', id: payer.user.id });
        // A plan's payment: a renewal when the user's Stars plan runs already, else its start.
        let plan = {};
        if (payer.subscription_period) {
          const { state: sub } = await deps.runner.state(subscription, subscriptionStream(userId));
          const renewal = sub.provider === 'stars' && Boolean(sub.subscriptionId) && (sub.status === 'active' || sub.status === 'past_due' || sub.status === 'canceled');
          plan = { subscription_expiration_date: tx.date + payer.subscription_period, is_recurring: true as const, ...(renewal ? {} : { is_first_recurring: true as const }) };
        }
        const outcome = await recordStarsPayment(
          starsDeps,
          { currency: 'XTR', total_amount: tx.amount, invoice_payload: payload, telegram_payment_charge_id: tx.id, provider_payment_charge_id: '', ...plan },
          userId,
          context,
          { paidAt: tx.date },
        );
        if (!outcome.repeated) recorded.push(tx.id);
      } else if (outgoing && state.status !== 'none' && !state.refunds.has(tx.id)) {
        const outcome = await recordStarsRefund(starsDeps, { currency: 'XTR', total_amount: tx.amount, invoice_payload: '', telegram_payment_charge_id: tx.id }, context, { refundedAt: tx.date });
        if (outcome === 'recorded') refunds.push(tx.id);
      } else if (outgoing && state.status === 'none') {
        unmatched.push(tx.id);
      }
    }
    if (page.length < 100) break;
    offset += page.length;
  }
  report.stars.paymentsRecorded = recorded;
  report.stars.refundsRecorded = refunds;
  report.stars.unmatched = unmatched;
}

async function listAll(stripe: StripeEventsSource, input: ListEventsInput): Promise<Stripe.Event[]> {
  const events: Stripe.Event[] = [];
  for (let startingAfter: string | undefined; ; ) {
    const page = await stripe.listEvents({ ...input, limit: 100, ...(startingAfter ? { startingAfter } : {}) });
    events.push(...page.data);
    if (!page.has_more || page.data.length === 0) return events;
    startingAfter = page.data.at(-1)!.id;
  }
}

async function reconcileStripe(deps: ReconciliationDeps, now: Date, report: ReconciliationReport): Promise<void> {
  const stripe = deps.stripe;
  if (!stripe) return;
  report.stripe.checked = true;
  const previous = await previousStripeUntil(deps.store, now);
  const since = Math.floor(previous !== undefined ? previous - STRIPE_OVERLAP_S : now.getTime() / 1000 - STRIPE_EVENTS_RETENTION_S);
  report.stripe.since = since;
  const recent = await listAll(stripe, { createdFrom: since });
  const undelivered = await listAll(stripe, { undeliveredOnly: true });
  report.stripe.events = recent.length;
  report.stripe.undelivered = undelivered.length;
  const seen = new Set<string>();
  const recorded: string[] = [];
  // Oldest first, as Stripe created them: the process manager then meets them in a natural order.
  for (const event of [...recent, ...undelivered].sort((a, b) => a.created - b.created)) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const known = await deps.store.readStream(stripeEventStream(event.id), { maxCount: 1 });
    if (known.length > 0) continue;
    const { recorded: appended } = await recordStripeEvent(deps.store, event, now);
    if (appended) recorded.push(event.id);
  }
  report.stripe.eventsRecorded = recorded;
}

/** One run: Stars, then Stripe, then the report on the log. Returns what it found and recorded. */
export async function reconcilePayments(deps: ReconciliationDeps, options: { runId?: string } = {}): Promise<ReconciliationReport> {
  const now = deps.now?.() ?? new Date();
  const runId = options.runId ?? newId();
  const context: CommandContext = { actor: systemActor('reconciliation'), correlationId: `reconciliation:${runId}` };
  const report: ReconciliationReport = {
    runId,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    stars: { checked: false, transactions: 0, paymentsRecorded: [], refundsRecorded: [], unmatched: [] },
    stripe: { checked: false, since: null, until: Math.floor(now.getTime() / 1000), events: 0, undelivered: 0, eventsRecorded: [] },
  };
  await reconcileStars(deps, context, report);
  await reconcileStripe(deps, now, report);
  report.finishedAt = new Date().toISOString();
  const id = deterministicId(`reconciliation:${runId}`);
  const data = {
    ...report,
    counts: {
      starsTransactions: report.stars.transactions,
      starsPaymentsRecorded: report.stars.paymentsRecorded.length,
      starsRefundsRecorded: report.stars.refundsRecorded.length,
      starsUnmatched: report.stars.unmatched.length,
      stripeEvents: report.stripe.events,
      stripeUndelivered: report.stripe.undelivered,
      stripeEventsRecorded: report.stripe.eventsRecorded.length,
    },
    stars: { ...report.stars, paymentsRecorded: capped(report.stars.paymentsRecorded), refundsRecorded: capped(report.stars.refundsRecorded), unmatched: capped(report.stars.unmatched) },
    stripe: { ...report.stripe, eventsRecorded: capped(report.stripe.eventsRecorded) },
  };
  await deps.store.appendToStream(
    reconciliationStream(now),
    [{ id, type: RECONCILIATION_COMPLETED, data, metadata: { correlationId: id, causationId: id, actor: context.actor, schemaVersion: currentSchemaVersion(RECONCILIATION_COMPLETED), occurredAt: report.finishedAt } }],
    { expectedRevision: 'any' },
  );
  deps.logger?.info({ runId, counts: data.counts }, 'payments reconciled');
  return report;
}

/**
 * Runs reconciliation every `intervalHours` (0: never), one run at a time, the first one an
 * interval after start; a failed run is logged and the next one tries again.
 */
export class ReconciliationTimer {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly deps: ReconciliationDeps,
    private readonly intervalHours: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.intervalHours <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= reconcilePayments(this.deps)
        .catch((error: unknown) => this.logger.error({ err: error }, 'payments reconciliation failed; the next run tries again'))
        .finally(() => (this.running = undefined));
    }, this.intervalHours * 3_600_000);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
