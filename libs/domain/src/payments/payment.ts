import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { requireIsoDate, requireNonEmpty } from '../shared/guards';
import { normalizeText } from '../shared/text';
import {
  creditsOf,
  Currency,
  DEFAULT_PRICE_TABLE,
  expectedAmount,
  normalizeCurrency,
  offerById,
  PaidTier,
  PAYMENT_PROVIDERS,
  PaymentProvider,
  PriceTable,
  PROVIDER_CURRENCY,
} from './prices';

/**
 * One stream per provider payment: `payment-<paymentId>`, where the id names the provider's
 * object (a Stripe Checkout Session or invoice, a Telegram Stars charge), so every delivery of the
 * same payment lands on the same stream however often and in whatever order it arrives.
 */
export const paymentStream = (paymentId: string): string => `payment-${paymentId}`;
export const paymentIdOf = (provider: PaymentProvider, providerPaymentRef: string): string => `${provider}:${providerPaymentRef}`;

/** Largest amount (smallest currency unit) one payment may carry; far above any price we sell. */
export const MAX_PAYMENT_AMOUNT = 100_000_000;

/** The provider's own ids for this payment (checkout session, invoice, payment intent, charge, customer, subscription, Telegram charge ids). */
export type ProviderIds = Readonly<Record<string, string>>;

export type MismatchReason = 'unknown_offer' | 'currency_mismatch' | 'amount_mismatch';
export type DisputeOutcome = 'won' | 'lost';

// ---- events -------------------------------------------------------------------------------

/** `credits` is what the payment delivers: a pack's credits, or one period's allowance for a subscription. */
export type PaymentSucceeded = DomainEvent<
  'PaymentSucceeded',
  {
    paymentId: string;
    provider: PaymentProvider;
    providerIds: ProviderIds;
    userId: string;
    offerId: string;
    offerKind: 'pack' | 'subscription';
    credits: number;
    tier?: PaidTier;
    amountMinor: number;
    currency: Currency;
    paidAt: string;
  }
>;
/** Money arrived but not what our price table asks for this offer: recorded for the audit, nothing is credited. */
export type PaymentAmountMismatched = DomainEvent<
  'PaymentAmountMismatched',
  {
    paymentId: string;
    provider: PaymentProvider;
    providerIds: ProviderIds;
    userId: string;
    offerId: string;
    reason: MismatchReason;
    expected: { amountMinor?: number; currency: Currency };
    received: { amountMinor: number; currency: string };
    paidAt: string;
  }
>;
/** `creditsToClawBack` is this refund's share of the credits (see {@link refundClawback}); the ledger records any shortfall. */
export type PaymentRefunded = DomainEvent<
  'PaymentRefunded',
  {
    paymentId: string;
    userId: string;
    refundId: string;
    amountMinor: number;
    currency: string;
    refundedTotalMinor: number;
    full: boolean;
    creditsToClawBack: number;
    reason?: string;
    refundedAt: string;
  }
>;
export type DisputeOpened = DomainEvent<
  'DisputeOpened',
  { paymentId: string; userId: string; disputeId: string; amountMinor: number; currency: string; reason: string; openedAt: string }
>;
export type DisputeEvidenceSubmitted = DomainEvent<
  'DisputeEvidenceSubmitted',
  {
    paymentId: string;
    userId: string;
    disputeId: string;
    submissionId: string;
    fields: string[];
    /** False: staged with the provider (editable, not yet sent to the bank); true or absent: submitted. */
    final?: boolean;
    submittedAt: string;
  }
>;
/** A lost dispute claws back what refunds have not already taken back; a won one moves nothing. */
export type DisputeClosed = DomainEvent<
  'DisputeClosed',
  { paymentId: string; userId: string; disputeId: string; outcome: DisputeOutcome; creditsToClawBack: number; closedAt: string }
>;

/**
 * Someone (an admin, or the system for a payment we cannot honour) asked the provider to refund.
 * Nothing moves yet: the provider's confirmation (PaymentRefunded) does that.
 */
export type RefundRequested = DomainEvent<
  'RefundRequested',
  {
    paymentId: string;
    userId: string;
    provider: PaymentProvider;
    /** One request (an admin's Idempotency-Key, or the system's key for the case): also the provider's idempotency key. */
    requestId: string;
    amountMinor: number;
    currency: string;
    full: boolean;
    requestedBy: { kind: string; id: string };
    reason: string;
    requestedAt: string;
  }
>;
/** The provider refused or failed a requested refund: the request is closed, nothing moved. */
export type RefundFailed = DomainEvent<
  'RefundFailed',
  { paymentId: string; userId: string; requestId: string; code: string; message: string; failedAt: string }
>;

export type PaymentEvent =
  | PaymentSucceeded
  | PaymentAmountMismatched
  | RefundRequested
  | RefundFailed
  | PaymentRefunded
  | DisputeOpened
  | DisputeEvidenceSubmitted
  | DisputeClosed;

export const PAYMENT_EVENT_TYPES = [
  'PaymentSucceeded',
  'PaymentAmountMismatched',
  'RefundRequested',
  'RefundFailed',
  'PaymentRefunded',
  'DisputeOpened',
  'DisputeEvidenceSubmitted',
  'DisputeClosed',
] as const satisfies readonly PaymentEvent['type'][];

// ---- commands -----------------------------------------------------------------------------

interface PaymentCommandBase {
  commandId: string;
  paymentId: string;
}
/** What the provider reports: amount and currency as charged, and the offer the payment was for. */
export interface RecordPayment extends PaymentCommandBase {
  type: 'RecordPayment';
  provider: PaymentProvider;
  providerIds: ProviderIds;
  userId: string;
  offerId: string;
  amountMinor: number;
  currency: string;
  paidAt: string;
}
export interface RefundPayment extends PaymentCommandBase {
  type: 'RefundPayment';
  /** The provider's refund id (Stripe `re_…`; for Stars, the charge id: Telegram refunds a charge whole, once). */
  refundId: string;
  amountMinor: number;
  reason?: string;
  refundedAt: string;
}
/** Asks for a refund: recorded before the provider is called, so every attempt is on the log. */
export interface RequestRefund extends PaymentCommandBase {
  type: 'RequestRefund';
  requestId: string;
  /** Smallest currency unit; omitted → what is left of the payment. Stars refund whole charges only. */
  amountMinor?: number;
  requestedBy: { kind: string; id: string };
  reason: string;
  requestedAt: string;
}
/** The provider did not refund what was requested (its error code and message). */
export interface RecordRefundFailure extends PaymentCommandBase {
  type: 'RecordRefundFailure';
  requestId: string;
  code: string;
  message: string;
  failedAt: string;
}
export interface OpenDispute extends PaymentCommandBase {
  type: 'OpenDispute';
  disputeId: string;
  amountMinor: number;
  reason: string;
  openedAt: string;
}
export interface SubmitDisputeEvidence extends PaymentCommandBase {
  type: 'SubmitDisputeEvidence';
  disputeId: string;
  /** One submission to the provider (e.g. the idempotency key used for it). */
  submissionId: string;
  /** Names of the evidence fields sent (the values stay with the provider and the dossier). */
  fields: readonly string[];
  /** False when the evidence is only staged (Stripe `submit: false`). */
  final?: boolean;
  submittedAt: string;
}
export interface CloseDispute extends PaymentCommandBase {
  type: 'CloseDispute';
  disputeId: string;
  outcome: DisputeOutcome;
  closedAt: string;
  /** Needed only when the close arrives before the open (out-of-order delivery): the dispute is opened from it. */
  amountMinor?: number;
  reason?: string;
}

export type PaymentCommand = RecordPayment | RequestRefund | RecordRefundFailure | RefundPayment | OpenDispute | SubmitDisputeEvidence | CloseDispute;

// ---- state --------------------------------------------------------------------------------

export interface DisputeState {
  amountMinor: number;
  status: 'open' | DisputeOutcome;
  submissions: Set<string>;
}

export interface PaymentState {
  status: 'none' | 'succeeded' | 'mismatched';
  userId?: string;
  provider?: PaymentProvider;
  /** The provider's ids as the payment was recorded (what a refund is asked for by). */
  providerIds?: ProviderIds;
  offerId?: string;
  amountMinor: number;
  currency?: string;
  /** Credits the payment delivered (0 when mismatched). */
  credits: number;
  refunds: Map<string, { amountMinor: number; credits: number }>;
  refundedMinor: number;
  /** Refund requests by id: the amount asked and whether the request is still waiting for the provider. */
  refundRequests: Map<string, { amountMinor: number; open: boolean }>;
  /**
   * Amount asked by open requests and not yet confirmed: a second request cannot ask for money a
   * first one is already getting back. Confirmed refunds (of any origin) use it up first.
   */
  pendingRefundMinor: number;
  /** Credits taken back by refunds and by lost disputes; together never more than `credits`. */
  refundClawback: number;
  disputeClawback: number;
  disputes: Map<string, DisputeState>;
}

/**
 * Credits a refund takes back. Rule: after refunds totalling R of a payment of A that delivered C
 * credits, floor(C × R / A) credits have been taken back in all, so a partial refund rounds down
 * (in the customer's favour) and the whole amount refunded always takes back exactly C, however
 * it was split. Never more than what lost disputes have left.
 */
export function refundClawback(state: PaymentState, refundMinor: number): number {
  if (state.amountMinor <= 0 || state.credits <= 0) return 0;
  const target = Math.floor((state.credits * (state.refundedMinor + refundMinor)) / state.amountMinor);
  const remaining = state.credits - state.refundClawback - state.disputeClawback;
  return Math.max(0, Math.min(target - state.refundClawback, remaining));
}

/** Credits a lost dispute takes back: its share of the payment (rounded down), at most what refunds have left. */
export function disputeClawback(state: PaymentState, disputeMinor: number): number {
  if (state.amountMinor <= 0 || state.credits <= 0) return 0;
  const share = Math.floor((state.credits * Math.min(disputeMinor, state.amountMinor)) / state.amountMinor);
  const remaining = state.credits - state.refundClawback - state.disputeClawback;
  return Math.max(0, Math.min(share, remaining));
}

// ---- decider ------------------------------------------------------------------------------

function evolve(s: PaymentState, event: PaymentEvent): PaymentState {
  switch (event.type) {
    case 'PaymentSucceeded':
    case 'PaymentAmountMismatched': {
      const d = event.data;
      s.status = event.type === 'PaymentSucceeded' ? 'succeeded' : 'mismatched';
      s.userId = d.userId;
      s.provider = d.provider;
      s.providerIds = d.providerIds;
      s.offerId = d.offerId;
      s.amountMinor = event.type === 'PaymentSucceeded' ? event.data.amountMinor : event.data.received.amountMinor;
      s.currency = event.type === 'PaymentSucceeded' ? event.data.currency : event.data.received.currency;
      s.credits = event.type === 'PaymentSucceeded' ? event.data.credits : 0;
      return s;
    }
    case 'RefundRequested':
      s.refundRequests.set(event.data.requestId, { amountMinor: event.data.amountMinor, open: true });
      s.pendingRefundMinor += event.data.amountMinor;
      return s;
    case 'RefundFailed': {
      const request = s.refundRequests.get(event.data.requestId);
      if (request?.open) {
        request.open = false;
        s.pendingRefundMinor = Math.max(0, s.pendingRefundMinor - request.amountMinor);
      }
      return s;
    }
    case 'PaymentRefunded':
      s.pendingRefundMinor = Math.max(0, s.pendingRefundMinor - event.data.amountMinor);
      if (s.pendingRefundMinor === 0) for (const request of s.refundRequests.values()) request.open = false;
      s.refunds.set(event.data.refundId, { amountMinor: event.data.amountMinor, credits: event.data.creditsToClawBack });
      s.refundedMinor += event.data.amountMinor;
      s.refundClawback += event.data.creditsToClawBack;
      return s;
    case 'DisputeOpened':
      s.disputes.set(event.data.disputeId, { amountMinor: event.data.amountMinor, status: 'open', submissions: new Set() });
      return s;
    case 'DisputeEvidenceSubmitted':
      s.disputes.get(event.data.disputeId)?.submissions.add(event.data.submissionId);
      return s;
    case 'DisputeClosed': {
      const dispute = s.disputes.get(event.data.disputeId);
      if (dispute) dispute.status = event.data.outcome;
      s.disputeClawback += event.data.creditsToClawBack;
      return s;
    }
  }
}

function requireAmount(value: number, field: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > MAX_PAYMENT_AMOUNT) {
    throw invalid(`${field} must be a whole number of the currency's smallest unit between ${min} and ${MAX_PAYMENT_AMOUNT}`, { field, value });
  }
  return value;
}

function isoOf(value: string, field: string): string {
  requireIsoDate(value, field);
  return new Date(value).toISOString();
}

function requireProviderIds(ids: ProviderIds): ProviderIds {
  if (!ids || typeof ids !== 'object' || Array.isArray(ids)) throw invalid('providerIds must be an object of ids', { field: 'providerIds' });
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(ids)) {
    if (typeof value !== 'string') throw invalid(`providerIds.${key} must be text`, { field: `providerIds.${key}` });
    out[requireNonEmpty(key, 'providerIds key', 50)] = requireNonEmpty(value, `providerIds.${key}`, 255);
  }
  if (Object.keys(out).length === 0) throw invalid('providerIds needs at least one id', { field: 'providerIds' });
  return out;
}

function requirePayment(state: PaymentState, paymentId: string): asserts state is PaymentState & { userId: string; currency: string } {
  if (state.status === 'none') throw new DomainError('payment_not_found', 'no payment recorded under this id', { paymentId });
}

function recordPayment(command: RecordPayment, state: PaymentState, table: PriceTable): PaymentEvent[] {
  if (!(PAYMENT_PROVIDERS as readonly string[]).includes(command.provider)) throw invalid(`unknown provider ${command.provider}`, { field: 'provider' });
  const userId = requireNonEmpty(command.userId, 'userId', 200);
  const offerId = requireNonEmpty(command.offerId, 'offerId', 100);
  const amountMinor = requireAmount(command.amountMinor, 'amountMinor', 0);
  const receivedCurrency = requireNonEmpty(command.currency, 'currency', 10);
  const providerIds = requireProviderIds(command.providerIds);
  const paidAt = isoOf(command.paidAt, 'paidAt');
  if (state.status !== 'none') {
    // The same payment delivered again (webhook retry, re-sent update) changes nothing; the same id
    // carrying other facts is not a re-delivery.
    const same = state.userId === userId && state.offerId === offerId && state.amountMinor === amountMinor &&
      (normalizeCurrency(state.currency ?? '') ?? state.currency) === (normalizeCurrency(receivedCurrency) ?? receivedCurrency);
    if (same) return [];
    throw new DomainError('payment_conflict', 'this payment was already recorded with other details', { paymentId: command.paymentId });
  }
  const base = { paymentId: command.paymentId, provider: command.provider, providerIds, userId, offerId };
  const railCurrency = PROVIDER_CURRENCY[command.provider];
  const offer = offerById(offerId, table);
  const currency = normalizeCurrency(receivedCurrency);
  const expected = offer ? expectedAmount(offer, railCurrency) : undefined;
  const mismatch: MismatchReason | undefined = !offer
    ? 'unknown_offer'
    : currency !== railCurrency
      ? 'currency_mismatch'
      : expected !== amountMinor
        ? 'amount_mismatch'
        : undefined;
  if (mismatch || !offer || !currency) {
    return [
      {
        type: 'PaymentAmountMismatched',
        data: {
          ...base,
          reason: mismatch ?? 'unknown_offer',
          expected: { ...(expected !== undefined ? { amountMinor: expected } : {}), currency: railCurrency },
          received: { amountMinor, currency: currency ?? receivedCurrency },
          paidAt,
        },
      },
    ];
  }
  return [
    {
      type: 'PaymentSucceeded',
      data: {
        ...base,
        offerKind: offer.kind,
        credits: creditsOf(offer),
        ...(offer.kind === 'subscription' ? { tier: offer.tier } : {}),
        amountMinor,
        currency,
        paidAt,
      },
    },
  ];
}

function refundPayment(command: RefundPayment, state: PaymentState): PaymentEvent[] {
  const refundId = requireNonEmpty(command.refundId, 'refundId', 200);
  const amountMinor = requireAmount(command.amountMinor, 'amountMinor', 1);
  const refundedAt = isoOf(command.refundedAt, 'refundedAt');
  const reason = command.reason === undefined ? undefined : normalizeText(command.reason).slice(0, 500) || undefined;
  requirePayment(state, command.paymentId);
  const known = state.refunds.get(refundId);
  if (known) {
    if (known.amountMinor === amountMinor) return [];
    throw new DomainError('payment_conflict', 'this refund was already recorded with another amount', { refundId });
  }
  if (state.refundedMinor + amountMinor > state.amountMinor) {
    throw invalid('a refund cannot exceed what is left of the payment', {
      reason: 'refund_exceeds_payment',
      refundable: state.amountMinor - state.refundedMinor,
      amountMinor,
    });
  }
  const refundedTotalMinor = state.refundedMinor + amountMinor;
  return [
    {
      type: 'PaymentRefunded',
      data: {
        paymentId: command.paymentId,
        userId: state.userId,
        refundId,
        amountMinor,
        currency: state.currency,
        refundedTotalMinor,
        full: refundedTotalMinor === state.amountMinor,
        creditsToClawBack: refundClawback(state, amountMinor),
        ...(reason ? { reason } : {}),
        refundedAt,
      },
    },
  ];
}

function requestRefund(command: RequestRefund, state: PaymentState): PaymentEvent[] {
  const requestId = requireNonEmpty(command.requestId, 'requestId', 200);
  if (!normalizeText(command.reason ?? '')) throw new DomainError('reason_required', 'a refund needs a reason');
  const reason = requireNonEmpty(command.reason, 'reason', 500);
  const requestedBy = command.requestedBy;
  if (!requestedBy || typeof requestedBy !== 'object') throw invalid('requestedBy must name who asks', { field: 'requestedBy' });
  const by = { kind: requireNonEmpty(requestedBy.kind, 'requestedBy.kind', 20), id: requireNonEmpty(requestedBy.id, 'requestedBy.id', 200) };
  const requestedAt = isoOf(command.requestedAt, 'requestedAt');
  if (command.amountMinor !== undefined) requireAmount(command.amountMinor, 'amountMinor', 1);
  requirePayment(state, command.paymentId);
  const known = state.refundRequests.get(requestId);
  if (known) {
    if (command.amountMinor === undefined || command.amountMinor === known.amountMinor) return [];
    throw new DomainError('payment_conflict', 'this refund request was already made with another amount', { requestId });
  }
  if (state.status === 'mismatched') {
    throw invalid('a payment recorded as a mismatch is not refunded from here: it credited nothing; refund it at the provider', { reason: 'payment_mismatch' });
  }
  const left = state.amountMinor - state.refundedMinor - state.pendingRefundMinor;
  if (state.refundedMinor >= state.amountMinor) throw new DomainError('payment_conflict', 'this payment is already refunded in full', { reason: 'already_refunded' });
  if (left <= 0) throw new DomainError('payment_conflict', 'a refund of the rest of this payment is already waiting for the provider', { reason: 'refund_pending' });
  const amountMinor = command.amountMinor ?? left;
  if (amountMinor > left) throw invalid('a refund cannot exceed what is left of the payment', { reason: 'refund_exceeds_payment', refundable: left, amountMinor });
  if (state.provider === 'stars' && amountMinor !== state.amountMinor) {
    throw invalid('Telegram Stars refunds a payment whole', { reason: 'partial_refund_not_supported', amountMinor: state.amountMinor });
  }
  return [
    {
      type: 'RefundRequested',
      data: {
        paymentId: command.paymentId,
        userId: state.userId,
        provider: state.provider!,
        requestId,
        amountMinor,
        currency: state.currency,
        full: state.refundedMinor + amountMinor === state.amountMinor,
        requestedBy: by,
        reason,
        requestedAt,
      },
    },
  ];
}

function recordRefundFailure(command: RecordRefundFailure, state: PaymentState): PaymentEvent[] {
  const requestId = requireNonEmpty(command.requestId, 'requestId', 200);
  const code = requireNonEmpty(command.code, 'code', 100);
  const message = normalizeText(String(command.message ?? '')).slice(0, 500) || code;
  const failedAt = isoOf(command.failedAt, 'failedAt');
  requirePayment(state, command.paymentId);
  const request = state.refundRequests.get(requestId);
  if (!request) throw invalid('no such refund request on this payment', { reason: 'refund_request_not_found', requestId });
  if (!request.open) return [];
  return [{ type: 'RefundFailed', data: { paymentId: command.paymentId, userId: state.userId, requestId, code, message, failedAt } }];
}

function openDispute(command: OpenDispute, state: PaymentState): PaymentEvent[] {
  const disputeId = requireNonEmpty(command.disputeId, 'disputeId', 200);
  const amountMinor = requireAmount(command.amountMinor, 'amountMinor', 1);
  const reason = requireNonEmpty(command.reason, 'reason', 200);
  const openedAt = isoOf(command.openedAt, 'openedAt');
  requirePayment(state, command.paymentId);
  if (state.disputes.has(disputeId)) return [];
  return [
    {
      type: 'DisputeOpened',
      data: { paymentId: command.paymentId, userId: state.userId, disputeId, amountMinor, currency: state.currency, reason, openedAt },
    },
  ];
}

function submitEvidence(command: SubmitDisputeEvidence, state: PaymentState): PaymentEvent[] {
  const disputeId = requireNonEmpty(command.disputeId, 'disputeId', 200);
  const submissionId = requireNonEmpty(command.submissionId, 'submissionId', 200);
  if (!Array.isArray(command.fields) || command.fields.length === 0) throw invalid('name at least one evidence field', { field: 'fields' });
  const fields = command.fields.map((f) => requireNonEmpty(f, 'fields[]', 100));
  const submittedAt = isoOf(command.submittedAt, 'submittedAt');
  requirePayment(state, command.paymentId);
  const dispute = state.disputes.get(disputeId);
  if (!dispute) throw invalid('no such dispute on this payment', { reason: 'dispute_not_found', disputeId });
  if (dispute.submissions.has(submissionId)) return [];
  if (dispute.status !== 'open') throw invalid(`the dispute is already closed (${dispute.status})`, { reason: 'dispute_closed', disputeId });
  return [
    {
      type: 'DisputeEvidenceSubmitted',
      data: { paymentId: command.paymentId, userId: state.userId, disputeId, submissionId, fields, ...(command.final !== undefined ? { final: command.final } : {}), submittedAt },
    },
  ];
}

function closeDispute(command: CloseDispute, state: PaymentState): PaymentEvent[] {
  const disputeId = requireNonEmpty(command.disputeId, 'disputeId', 200);
  if (command.outcome !== 'won' && command.outcome !== 'lost') throw invalid('outcome must be won or lost', { field: 'outcome' });
  const closedAt = isoOf(command.closedAt, 'closedAt');
  requirePayment(state, command.paymentId);
  const events: PaymentEvent[] = [];
  let dispute = state.disputes.get(disputeId);
  if (!dispute) {
    // The close overtook the open: record both, so the dispute's history stays complete.
    if (command.amountMinor === undefined) throw invalid('no such dispute on this payment', { reason: 'dispute_not_found', disputeId });
    const opened = openDispute(
      { type: 'OpenDispute', commandId: command.commandId, paymentId: command.paymentId, disputeId, amountMinor: command.amountMinor, reason: command.reason ?? 'unknown', openedAt: closedAt },
      state,
    );
    events.push(...opened);
    dispute = { amountMinor: command.amountMinor, status: 'open', submissions: new Set() };
  }
  if (dispute.status !== 'open') {
    if (dispute.status === command.outcome) return [];
    throw new DomainError('payment_conflict', `the dispute was already closed as ${dispute.status}`, { disputeId, outcome: dispute.status });
  }
  const creditsToClawBack = command.outcome === 'lost' ? disputeClawback(state, dispute.amountMinor) : 0;
  events.push({
    type: 'DisputeClosed',
    data: { paymentId: command.paymentId, userId: state.userId, disputeId, outcome: command.outcome, creditsToClawBack, closedAt },
  });
  return events;
}

/** The payment decider over a price table (the application may pass one built from configuration). */
export function paymentDecider(table: PriceTable = DEFAULT_PRICE_TABLE): Decider<PaymentCommand, PaymentEvent, PaymentState> {
  return {
    name: 'Payment',
    initialState: () => ({
      status: 'none',
      amountMinor: 0,
      credits: 0,
      refunds: new Map(),
      refundedMinor: 0,
      refundRequests: new Map(),
      pendingRefundMinor: 0,
      refundClawback: 0,
      disputeClawback: 0,
      disputes: new Map(),
    }),
    evolve,
    decide(command, state) {
      requireNonEmpty(command.commandId, 'commandId', 200);
      requireNonEmpty(command.paymentId, 'paymentId', 255);
      switch (command.type) {
        case 'RecordPayment':
          return recordPayment(command, state, table);
        case 'RequestRefund':
          return requestRefund(command, state);
        case 'RecordRefundFailure':
          return recordRefundFailure(command, state);
        case 'RefundPayment':
          return refundPayment(command, state);
        case 'OpenDispute':
          return openDispute(command, state);
        case 'SubmitDisputeEvidence':
          return submitEvidence(command, state);
        case 'CloseDispute':
          return closeDispute(command, state);
        default:
          throw invalid(`unknown payment command ${(command as { type?: string }).type}`);
      }
    },
  };
}

export const payment = paymentDecider();
