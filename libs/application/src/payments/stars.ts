import {
  allowanceGrantKey,
  creditLedger,
  creditsStream,
  DEFAULT_PRICE_TABLE,
  DomainError,
  offerById,
  paymentIdOf,
  subscription,
  subscriptionStream,
  userAccount,
  userStream,
} from '@app/domain';
import type { Offer, PaidTier, PriceTable, SubscriptionState } from '@app/domain';
import { deterministicId, STARS_CURRENCY, systemActor } from '@app/infrastructure';
import type {
  AggregateRunner,
  CommandContext,
  Commands,
  StarsOffer,
  StarsPreCheckoutQuery,
  StarsRefundedPayment,
  StarsSuccessfulPayment,
} from '@app/infrastructure';
import { accountIdOf } from '../accounts/identity';
import { RefundProviderError, requestRefund } from './refunds';
import type { StarsRefunds } from './refunds';

/**
 * Buying with Telegram Stars, channel-neutral: the invoice for one of our offers, the
 * pre-checkout decision, and turning Telegram's payment and refund messages into commands. The
 * bot supplies the words (in the user's language) and does the Bot API calls; nothing here knows
 * telegraf.
 *
 * The invoice payload is `s1:<offerId>:<stars>:<userId>`: the offer, the price it was offered at
 * and who it was offered to. Telegram hands it back at pre-checkout and with the payment; it is
 * trusted only to say what the user meant to buy — the amount is always checked against our own
 * price table.
 */

const PAYLOAD_VERSION = 's1';
const DAY_S = 24 * 60 * 60;

export interface StarsPayload {
  offerId: string;
  /** The price the invoice was made with (Stars). */
  stars: number;
  userId: string;
}

export function starsPayloadOf(offer: Offer, userId: string): string {
  return `${PAYLOAD_VERSION}:${offer.id}:${offer.prices.XTR}:${userId}`;
}

/** The payload's parts, or undefined when it is not one of ours. */
export function parseStarsPayload(payload: string): StarsPayload | undefined {
  const parts = String(payload ?? '').split(':');
  // s1 : <kind> : <what> : <stars> : <userId>; offer ids are `<kind>:<what>`, user ids have no colon.
  if (parts.length !== 5 || parts[0] !== PAYLOAD_VERSION) return undefined;
  const stars = Number(parts[3]);
  if (!Number.isSafeInteger(stars) || stars < 1 || !parts[4]) return undefined;
  return { offerId: `${parts[1]}:${parts[2]}`, stars, userId: parts[4] };
}

/** Words of an invoice, supplied by the caller in the user's language. */
export interface InvoiceWords {
  title: string;
  description: string;
  label?: string;
}

/** The Stars invoice for an offer of our price table, made out to `userId`. */
export function starsInvoiceOf(offer: Offer, userId: string, words: InvoiceWords): StarsOffer {
  return {
    title: words.title.slice(0, 32),
    description: words.description.slice(0, 255),
    payload: starsPayloadOf(offer, userId),
    stars: offer.prices.XTR,
    ...(words.label ? { label: words.label.slice(0, 32) } : {}),
  };
}

export interface StarsDeps {
  commands: Commands;
  runner: AggregateRunner;
  prices?: PriceTable;
  /**
   * Whether a user may not pay (blocked by support). The domain has no block yet; when it gets
   * one, this reads it from state in memory.
   */
  isBlocked?: (userId: string) => boolean | Promise<boolean>;
}

export type PreCheckoutRefusal =
  | 'unknown_offer'
  | 'offer_changed'
  | 'amount_mismatch'
  | 'wrong_payer'
  | 'not_registered'
  | 'blocked'
  | 'already_subscribed';

export type PreCheckoutDecision = { ok: true; offer: Offer; userId: string } | { ok: false; reason: PreCheckoutRefusal; offer?: Offer };

/**
 * Whether Telegram may take the user's Stars for this invoice. Telegram waits at most 10 s for
 * the answer, so this reads only what is quick and safe to read: the price table in memory, the
 * account (registration never goes back, so the cached fold may say yes; a "no" is read again
 * from the log) and the user's subscription stream brought up to date (one short read).
 */
export async function checkStarsPreCheckout(deps: StarsDeps, query: StarsPreCheckoutQuery): Promise<PreCheckoutDecision> {
  const table = deps.prices ?? DEFAULT_PRICE_TABLE;
  const payload = parseStarsPayload(query.invoice_payload);
  const offer = payload ? offerById(payload.offerId, table) : undefined;
  if (!payload || !offer) return { ok: false, reason: 'unknown_offer' };
  if (payload.stars !== offer.prices.XTR) return { ok: false, reason: 'offer_changed', offer };
  if (query.currency !== STARS_CURRENCY || query.total_amount !== offer.prices.XTR) return { ok: false, reason: 'amount_mismatch', offer };
  const payer = accountIdOf({ channel: 'telegram', id: query.from.id });
  if (payer !== payload.userId) return { ok: false, reason: 'wrong_payer', offer };

  const stream = userStream(payer);
  let { state: account } = await deps.runner.state(userAccount, stream, { cached: true });
  if (!account.registered) account = (await deps.runner.state(userAccount, stream)).state;
  if (!account.registered) return { ok: false, reason: 'not_registered', offer };
  if (await deps.isBlocked?.(payer)) return { ok: false, reason: 'blocked', offer };

  if (offer.kind === 'subscription') {
    const { state } = await deps.runner.state(subscription, subscriptionStream(payer));
    if (isLive(state)) return { ok: false, reason: 'already_subscribed', offer };
  }
  return { ok: true, offer, userId: payer };
}

/** Holds the user: a second subscription is refused while this one runs (canceled ones may be replaced). */
const isLive = (s: SubscriptionState) => s.status === 'active' || s.status === 'past_due';

/** `repeated`: this payment had been recorded in full before (a re-delivered update): nothing was appended. */
export type StarsPaymentOutcome = { paymentId: string; repeated: boolean } & (
  | { kind: 'pack'; offerId: string; credits: number }
  | { kind: 'subscription'; offerId: string; tier: PaidTier; allowance: number; periodEnd: string; renewal: boolean; grantKey: string }
  /** Money arrived that is not our price for the offer (or for no offer of ours): recorded, nothing credited. */
  | { kind: 'mismatch' }
  /** Paid while another subscription runs (a race past the pre-checkout check): recorded, not started; to be refunded. */
  | { kind: 'subscription_conflict'; offerId: string; tier: PaidTier; amountMinor: number }
);

const unixIso = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * Records a Stars payment (`message.successful_payment` from `userId`, the payer) as
 * `RecordPayment` on `payment-stars:<charge>` and, for a subscription, `StartSubscription` (first
 * payment) or `RenewSubscription` (a renewal, `is_recurring` without `is_first_recurring`) with
 * the first charge as subscription id and this charge as the period's grant key. Every command id
 * derives from the charge, and the dates from the message, so a re-delivered update appends
 * nothing. Credits follow from the payment-credits process manager, never from here.
 */
export async function recordStarsPayment(
  deps: StarsDeps,
  payment: StarsSuccessfulPayment,
  userId: string,
  context: CommandContext,
  options: { paidAt?: number } = {},
): Promise<StarsPaymentOutcome> {
  const table = deps.prices ?? DEFAULT_PRICE_TABLE;
  const chargeId = payment.telegram_payment_charge_id;
  const paymentId = paymentIdOf('stars', chargeId);
  const payload = parseStarsPayload(payment.invoice_payload);
  const offerId = payload?.offerId ?? 'unknown';
  // The message date, so the same update recorded again proposes the same facts.
  const paidAtS = options.paidAt ?? Math.floor(Date.now() / 1000);
  const paidAt = unixIso(paidAtS);
  const recorded = await deps.commands.payment(
    {
      type: 'RecordPayment',
      commandId: deterministicId(`stars:record:${chargeId}`),
      paymentId,
      provider: 'stars',
      providerIds: {
        telegramPaymentChargeId: chargeId,
        ...(payment.provider_payment_charge_id ? { providerPaymentChargeId: payment.provider_payment_charge_id } : {}),
      },
      userId,
      offerId,
      amountMinor: payment.total_amount,
      currency: payment.currency,
      paidAt,
    },
    context,
  );
  const offer = offerById(offerId, table);
  const repeated = recorded.appended.length === 0;
  if (recorded.state.status !== 'succeeded' || !offer) return { kind: 'mismatch', paymentId, repeated };
  if (offer.kind === 'pack') return { kind: 'pack', paymentId, repeated, offerId, credits: offer.credits };

  const periodEndS = payment.subscription_expiration_date ?? paidAtS + offer.periodDays * DAY_S;
  const period = { periodStart: unixIso(periodEndS - offer.periodDays * DAY_S), periodEnd: unixIso(periodEndS) };
  const renewal = payment.is_recurring === true && payment.is_first_recurring !== true;
  const base = { kind: 'subscription' as const, paymentId, offerId, tier: offer.tier, allowance: offer.allowance, periodEnd: period.periodEnd, renewal, grantKey: chargeId };
  try {
    if (!renewal) {
      const started = await deps.commands.subscription(
        { type: 'StartSubscription', commandId: deterministicId(`stars:start:${chargeId}`), userId, subscriptionId: chargeId, provider: 'stars', tier: offer.tier, grantKey: chargeId, ...period },
        context,
      );
      return { ...base, repeated: repeated && started.appended.length === 0 };
    }
    const { state } = await deps.runner.state(subscription, subscriptionStream(userId));
    if (state.provider !== 'stars' || !state.subscriptionId) return { kind: 'subscription_conflict', paymentId, repeated, offerId, tier: offer.tier, amountMinor: payment.total_amount };
    const renewed = await deps.commands.subscription(
      { type: 'RenewSubscription', commandId: deterministicId(`stars:renew:${chargeId}`), userId, subscriptionId: state.subscriptionId, grantKey: chargeId, tier: offer.tier, ...period },
      context,
    );
    return { ...base, repeated: repeated && renewed.appended.length === 0 };
  } catch (error) {
    if (error instanceof DomainError && error.details.reason === 'second_subscription') {
      return { kind: 'subscription_conflict', paymentId, repeated, offerId, tier: offer.tier, amountMinor: payment.total_amount };
    }
    throw error;
  }
}

/**
 * A second plan paid in a race past the pre-checkout check cannot be honoured: it is refunded
 * through the same path as an admin's refund (`RefundRequested` with the system as actor), keyed
 * on the charge so a re-delivered payment asks once. True when Telegram accepted the refund.
 */
export async function refundDuplicatePlan(
  deps: Pick<StarsDeps, 'commands' | 'runner'> & { stars: () => StarsRefunds | undefined | Promise<StarsRefunds | undefined> },
  paymentId: string,
): Promise<boolean> {
  try {
    await requestRefund(deps, {
      paymentId,
      requestId: `duplicate-plan:${paymentId}`,
      actor: systemActor('duplicate-plan'),
      reason: 'a second plan was paid while another one runs; it was not started',
    });
    return true;
  } catch (error) {
    if (error instanceof RefundProviderError || error instanceof DomainError) return false;
    throw error;
  }
}

/**
 * Records a Stars refund (`message.refunded_payment`): Telegram refunds a charge whole and once, so
 * the charge id is the refund id and a repeat changes nothing. The credits are taken back by the
 * payment-credits process manager. `repeated` when it had been recorded before, `unknown` when
 * the payment was never recorded here.
 */
export async function recordStarsRefund(
  deps: StarsDeps,
  refund: StarsRefundedPayment,
  context: CommandContext,
  options: { refundedAt?: number } = {},
): Promise<'recorded' | 'repeated' | 'unknown'> {
  const chargeId = refund.telegram_payment_charge_id;
  try {
    const outcome = await deps.commands.payment(
      {
        type: 'RefundPayment',
        commandId: deterministicId(`stars:refund:${chargeId}`),
        paymentId: paymentIdOf('stars', chargeId),
        refundId: chargeId,
        amountMinor: refund.total_amount,
        refundedAt: unixIso(options.refundedAt ?? Math.floor(Date.now() / 1000)),
      },
      context,
    );
    return outcome.appended.length > 0 ? 'recorded' : 'repeated';
  } catch (error) {
    if (error instanceof DomainError && error.code === 'payment_not_found') return 'unknown';
    throw error;
  }
}

/** The user's Stars subscription as /billing shows it, or undefined when they have none on Stars. */
export interface StarsSubscriptionView {
  subscriptionId: string;
  tier: PaidTier;
  periodEnd: string;
  /** Canceled (at period end): it will not renew. */
  canceled: boolean;
}

export async function subscriptionOf(deps: Pick<StarsDeps, 'runner'>, userId: string): Promise<SubscriptionState> {
  return (await deps.runner.state(subscription, subscriptionStream(userId))).state;
}

export function starsSubscriptionView(state: SubscriptionState, now = new Date()): StarsSubscriptionView | undefined {
  if (state.provider !== 'stars' || !state.subscriptionId || !state.tier || !state.periodEnd) return undefined;
  if (state.status === 'ended' || (state.status === 'canceled' && (!state.cancelAtPeriodEnd || new Date(state.periodEnd) <= now))) return undefined;
  return { subscriptionId: state.subscriptionId, tier: state.tier, periodEnd: state.periodEnd, canceled: state.status === 'canceled' };
}

/**
 * Cancels (at period end) or re-enables the renewal of the user's Stars subscription: Telegram is
 * told first (`edit`, e.g. `editUserStarSubscription`), then the change is recorded. `requestId`
 * names the press, so a retried press records once.
 */
export async function setStarsRenewal(
  deps: Pick<StarsDeps, 'commands' | 'runner'>,
  input: { userId: string; cancel: boolean; requestId: string | number; edit: (subscriptionId: string, canceled: boolean) => Promise<unknown> },
  context: CommandContext,
): Promise<StarsSubscriptionView | undefined> {
  const view = starsSubscriptionView(await subscriptionOf(deps, input.userId));
  if (!view) return undefined;
  if (view.canceled === input.cancel) return view;
  await input.edit(view.subscriptionId, input.cancel);
  const now = new Date().toISOString();
  const base = { userId: input.userId, subscriptionId: view.subscriptionId, commandId: deterministicId(`stars:renewal:${view.subscriptionId}:${input.requestId}`) };
  const { state } = await deps.commands.subscription(
    input.cancel ? { ...base, type: 'CancelSubscription', atPeriodEnd: true, canceledAt: now } : { ...base, type: 'ResumeSubscription', resumedAt: now },
    context,
  );
  return starsSubscriptionView(state);
}

/**
 * Waits (briefly) until the ledger shows what a payment delivers — the pack's purchase or the
 * period's allowance grant, made by the payment-credits process manager — and returns the
 * available balance then; undefined when it has not landed within `withinMs`.
 */
export async function creditedBalance(deps: Pick<StarsDeps, 'runner'>, userId: string, outcome: StarsPaymentOutcome, withinMs = 3000): Promise<number | undefined> {
  if (outcome.kind !== 'pack' && outcome.kind !== 'subscription') return undefined;
  const deadline = Date.now() + withinMs;
  for (;;) {
    const { state } = await deps.runner.state(creditLedger, creditsStream(userId));
    const landed = outcome.kind === 'pack' ? state.payments.has(outcome.paymentId) : state.grantKeys.has(allowanceGrantKey(outcome.grantKey));
    if (landed) return state.balance - state.reserved;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
