import { creditsStream, DomainError, offerById, payment, paymentStream, userAccount, userStream } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { Actor, AggregateRunner, Commands, EventStore, Stripe } from '@app/infrastructure';
import { stripePaymentIntentStream } from './stripe-process';

/**
 * Dispute evidence from our own log: what was bought, when it was delivered, how it was used
 * afterwards and who the customer is in Telegram, in Stripe's evidence fields. Staged
 * (`submit: false`: visible and editable at Stripe, not yet sent to the bank) or submitted, and
 * recorded as DisputeEvidenceSubmitted with the fields sent (the values stay with Stripe).
 */

export interface DisputeStripe {
  retrieveDispute(id: string): Promise<Stripe.Dispute>;
  retrieveCustomer(id: string): Promise<Stripe.Customer | Stripe.DeletedCustomer>;
  updateDisputeEvidence(disputeId: string, evidence: Stripe.DisputeUpdateParams.Evidence, submit: boolean, idempotencyKey?: string): Promise<Stripe.Dispute>;
}

/** The usage read models (`ReadModels`): readings and conversions with their dates. */
export interface UsageReads {
  recentReadings(userId: string, limit: number): Promise<{ readingId: string; spreadId: string; status: string; requestedAt: string }[]>;
  recentConversions(userId: string, limit: number): Promise<{ conversionId: string; title: string; format: string; status: string; requestedAt: string }[]>;
}

export interface DisputeEvidenceDeps {
  commands: Commands;
  runner: AggregateRunner;
  store: EventStore;
  stripe?: DisputeStripe;
  usage: UsageReads;
}

export interface DisputeEvidenceInput {
  disputeId: string;
  /** False: stage only; true: submit (final at Stripe). */
  submit: boolean;
  actor: Actor;
  reason: string;
  /** One request (an admin's Idempotency-Key); default: one per dispute and mode. */
  requestId?: string;
}

export interface DisputeEvidenceOutcome {
  disputeId: string;
  paymentId: string;
  submitted: boolean;
  evidence: Record<string, string>;
  /** False when this request had been recorded before. */
  applied: boolean;
  status: string;
}

/** How many readings and conversions after the payment the activity log lists (the newest). */
const USAGE_LIMIT = 500;
const idOf = (value: string | { id: string } | null | undefined): string | undefined => (typeof value === 'string' ? value : value?.id);

/** Builds the evidence fields for a dispute from our events and read models. */
export async function disputeEvidenceOf(
  deps: Omit<DisputeEvidenceDeps, 'commands'>,
  dispute: Stripe.Dispute,
): Promise<{ paymentId: string; userId: string; evidence: Record<string, string> }> {
  const intent = idOf(dispute.payment_intent);
  const link = intent ? (await deps.store.readStream(stripePaymentIntentStream(intent))).find((e) => e.type === 'StripePaymentLinked') : undefined;
  if (!link) throw new DomainError('payment_not_found', 'this dispute is not on a payment recorded here', { disputeId: dispute.id });
  const { paymentId, userId } = link.data as { paymentId: string; userId: string };
  const paymentEvents = await deps.store.readStream(paymentStream(paymentId));
  const paid = paymentEvents.find((e) => e.type === 'PaymentSucceeded');
  if (!paid) throw new DomainError('payment_not_found', 'the disputed payment credited nothing here (a mismatch or not recorded)', { disputeId: dispute.id, paymentId });
  const p = paid.data as { offerId: string; credits: number; amountMinor: number; currency: string; paidAt: string; providerIds: Record<string, string> };
  const offer = offerById(p.offerId);
  const amount = `${(p.amountMinor / 100).toFixed(2)} ${p.currency}`;
  const product =
    offer?.kind === 'subscription'
      ? `Arcana Audio ${offer.tier} plan, one month: ${offer.allowance} credits for tarot readings and audio conversions in our Telegram bot, ${amount}, paid ${p.paidAt}.`
      : `Arcana Audio: ${p.credits} credits (digital goods) for tarot readings and audio conversions in our Telegram bot, ${amount}, paid ${p.paidAt}.`;

  // Delivered: the credits reached the user's balance (the ledger's purchase or the period's grant).
  const ledger = await deps.store.readStream(creditsStream(userId));
  const ref = paymentId.slice(paymentId.indexOf(':') + 1);
  const delivery = ledger.find(
    (e) =>
      (e.type === 'CreditsPurchased' && (e.data as { paymentId?: string }).paymentId === paymentId) ||
      (e.type === 'CreditsGranted' && (e.data as { grantKey?: string }).grantKey === `allowance:${ref}`),
  );
  const deliveredAt = delivery?.metadata.occurredAt ?? p.paidAt;

  const since = Date.parse(p.paidAt);
  const [readings, conversions] = await Promise.all([deps.usage.recentReadings(userId, USAGE_LIMIT), deps.usage.recentConversions(userId, USAGE_LIMIT)]);
  const lines = [
    ...readings.filter((r) => Date.parse(r.requestedAt) >= since).map((r) => ({ at: r.requestedAt, text: `tarot reading (${r.spreadId}), ${r.status}` })),
    ...conversions.filter((c) => Date.parse(c.requestedAt) >= since).map((c) => ({ at: c.requestedAt, text: `audio conversion "${c.title}" (${c.format}), ${c.status}` })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const { state: account } = await deps.runner.state(userAccount, userStream(userId));
  const activity = [
    `Payment ${paymentId} at ${p.paidAt}; ${p.credits} credits delivered to the customer's balance at ${deliveredAt}.`,
    lines.length === 0 ? 'No use of the service recorded after the payment.' : `Use of the service after the payment (${lines.length}, UTC):`,
    ...lines.map((l) => `${l.at}  ${l.text}`),
  ].join('\n');

  const evidence: Record<string, string> = {
    product_description: product,
    service_date: deliveredAt.slice(0, 10),
    access_activity_log: activity.slice(0, 20_000),
  };
  const customerId = p.providerIds.customerId;
  if (customerId && deps.stripe) {
    const customer = await deps.stripe.retrieveCustomer(customerId);
    if (!('deleted' in customer && customer.deleted)) {
      const c = customer as Stripe.Customer;
      if (c.name) evidence.customer_name = c.name;
      if (c.email) evidence.customer_email_address = c.email;
    }
  }
  if (!evidence.customer_name && account.profile?.displayName) evidence.customer_name = account.profile.displayName;
  if (account.telegramId) {
    evidence.uncategorized_text = [
      `The customer used our Telegram bot from Telegram account id ${account.telegramId}${account.profile?.username ? ` (@${account.profile.username})` : ''}; that account paid and then used the credits as logged above.`,
      `Our account id for the customer: ${userId}.`,
    ].join('\n');
  }
  return { paymentId, userId, evidence };
}

/**
 * Stages or submits the evidence through Stripe, then records it. The Stripe call and the
 * record use the same request id (Stripe's idempotency key), so a retried request sends and
 * records once. A dispute not recorded as open here, or closed, is refused by the payment decider.
 */
export async function submitDisputeEvidence(deps: DisputeEvidenceDeps, input: DisputeEvidenceInput): Promise<DisputeEvidenceOutcome> {
  if (!deps.stripe) throw new DomainError('invalid_command', 'Stripe is not configured (STRIPE_SECRET_KEY)', { reason: 'stripe_not_configured' });
  if (!input.reason?.trim()) throw new DomainError('reason_required', 'dispute evidence needs a reason');
  const dispute = await deps.stripe.retrieveDispute(input.disputeId);
  const { paymentId, evidence } = await disputeEvidenceOf(deps, dispute);
  const requestId = input.requestId ?? `${input.submit ? 'submit' : 'stage'}:${input.disputeId}`;
  const submissionId = `${input.submit ? 'submit' : 'stage'}:${requestId}`;
  // Checked against our log before anything goes to Stripe: the dispute must be open here.
  const { state } = await deps.runner.state(payment, paymentStream(paymentId));
  const known = state.disputes.get(input.disputeId);
  if (!known) throw new DomainError('invalid_command', 'no such dispute recorded on this payment yet', { reason: 'dispute_not_found', disputeId: input.disputeId });
  if (known.submissions.has(submissionId)) return { disputeId: input.disputeId, paymentId, submitted: input.submit, evidence, applied: false, status: dispute.status };
  if (known.status !== 'open') throw new DomainError('invalid_command', `the dispute is already closed (${known.status})`, { reason: 'dispute_closed' });
  const updated = await deps.stripe.updateDisputeEvidence(input.disputeId, evidence, input.submit, `dispute-evidence:${input.disputeId}:${submissionId}`);
  const outcome = await deps.commands.payment(
    {
      type: 'SubmitDisputeEvidence',
      commandId: deterministicId(`dispute-evidence:${input.disputeId}:${submissionId}`),
      paymentId,
      disputeId: input.disputeId,
      submissionId,
      fields: Object.keys(evidence),
      final: input.submit,
      submittedAt: new Date().toISOString(),
    },
    { actor: input.actor, reason: input.reason },
  );
  return { disputeId: input.disputeId, paymentId, submitted: input.submit, evidence, applied: outcome.appended.length > 0, status: updated.status };
}
