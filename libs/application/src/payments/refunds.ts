import { payment, paymentStream, userAccount, userStream } from '@app/domain';
import type { PaymentProvider } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { Actor, AggregateRunner, CommandContext, Commands, RefundInput, Stripe } from '@app/infrastructure';

/**
 * Refunds, asked of the provider and recorded on the payment: `RefundRequested` (who, why, how
 * much) is appended first, then the provider is called; a refusal or failure is recorded as
 * `RefundFailed`. Nothing here moves credits: the provider's confirmation does (Stripe's refund
 * webhook, Telegram's `refunded_payment`), through the payment-credits process manager, so a
 * refund is taken back once however it was started.
 */

/** Stripe's refunds (`StripeGateway.createRefund`). */
export interface StripeRefunds {
  createRefund(input: RefundInput): Promise<Stripe.Refund>;
}

/** Telegram's `refundStarPayment` (`StarsPayments`). */
export interface StarsRefunds {
  refundStarPayment(telegramUserId: number, chargeId: string): Promise<true>;
}

export interface RefundDeps {
  commands: Commands;
  runner: AggregateRunner;
  /** Absent when Stripe is not configured. */
  stripe?: StripeRefunds;
  /** The bot's Telegram client, asked for when needed (in local mode the stand-in may start later). */
  stars?: () => StarsRefunds | undefined | Promise<StarsRefunds | undefined>;
}

export interface RefundRequestInput {
  paymentId: string;
  /** One request: an admin's Idempotency-Key turned into an id, or the system's key for the case. */
  requestId: string;
  /** Smallest currency unit; omitted → the rest of the payment. */
  amountMinor?: number;
  actor: Actor;
  reason: string;
}

export interface RefundRequestOutcome {
  paymentId: string;
  requestId: string;
  provider: PaymentProvider;
  amountMinor: number;
  currency: string;
  /** False when this request had been made before: nothing new was recorded or sent. */
  applied: boolean;
  /** Stripe's refund id (`re_…`); Stars refunds have none but the charge. */
  providerRefundId?: string;
}

/**
 * The provider did not refund. `refused`: it said no (already refunded, amount too large, a
 * disputed charge) — a 4xx to the caller; `unavailable`: it could not be reached or failed — 502.
 */
export class RefundProviderError extends Error {
  constructor(
    readonly kind: 'refused' | 'unavailable' | 'not_configured',
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RefundProviderError';
  }
}

/** Stripe's idempotency key for a request: a retried request never refunds twice. */
export const refundIdempotencyKey = (paymentId: string, requestId: string): string => `refund:${paymentId}:${requestId}`;

function providerFailure(provider: PaymentProvider, error: unknown): RefundProviderError {
  if (error instanceof RefundProviderError) return error;
  const e = error as { type?: string; code?: string | number; statusCode?: number; message?: string; description?: string; response?: { error_code?: number; description?: string } };
  if (provider === 'stripe') {
    const status = e?.statusCode ?? 0;
    const refused = status >= 400 && status < 500 && status !== 429;
    return new RefundProviderError(refused ? 'refused' : 'unavailable', String(e?.code ?? (refused ? 'stripe_refused' : 'stripe_unavailable')), `Stripe: ${e?.message ?? String(error)}`);
  }
  // telegraf's TelegramError: { response: { error_code, description: 'Bad Request: CHARGE_ALREADY_REFUNDED' } }
  const description = e?.response?.description ?? e?.description ?? e?.message ?? String(error);
  const status = e?.response?.error_code ?? 0;
  const code = /\b([A-Z][A-Z0-9_]{3,})\b/.exec(description)?.[1] ?? (status ? `telegram_${status}` : 'telegram_unavailable');
  const refused = status >= 400 && status < 500 && status !== 429;
  return new RefundProviderError(refused ? 'refused' : 'unavailable', code, `Telegram: ${description}`);
}

/**
 * Records the request, then asks the provider: Stripe `refunds.create` on the payment's
 * PaymentIntent (idempotency key from the request), Stars `refundStarPayment` for the charge.
 * Refused by the payment decider: an unknown payment, a mismatch, one refunded in full, an amount
 * over what is left (or held by a request still waiting), a partial Stars refund. A request made
 * again while still open asks the provider again (Stripe answers the same refund; Telegram's
 * "already refunded" then means the first call went through); once closed, nothing is sent.
 */
export async function requestRefund(deps: RefundDeps, input: RefundRequestInput): Promise<RefundRequestOutcome> {
  const context: CommandContext = { actor: input.actor, reason: input.reason, correlationId: `refund:${input.paymentId}:${input.requestId}` };
  const requested = await deps.commands.payment(
    {
      type: 'RequestRefund',
      commandId: deterministicId(`refund-request:${input.paymentId}:${input.requestId}`),
      paymentId: input.paymentId,
      requestId: input.requestId,
      ...(input.amountMinor !== undefined ? { amountMinor: input.amountMinor } : {}),
      requestedBy: { kind: input.actor.kind, id: input.actor.id },
      reason: input.reason,
      requestedAt: new Date().toISOString(),
    },
    context,
  );
  const state = requested.state;
  const request = state.refundRequests.get(input.requestId)!;
  const provider = state.provider!;
  const base = { paymentId: input.paymentId, requestId: input.requestId, provider, amountMinor: request.amountMinor, currency: state.currency ?? '' };
  const first = requested.appended.length > 0;
  if (!request.open) return { ...base, applied: false };

  try {
    if (provider === 'stripe') {
      if (!deps.stripe) throw new RefundProviderError('not_configured', 'stripe_not_configured', 'Stripe is not configured (STRIPE_SECRET_KEY)');
      const paymentIntentId = state.providerIds?.paymentIntentId;
      if (!paymentIntentId) throw new RefundProviderError('refused', 'no_payment_intent', 'this Stripe payment has no PaymentIntent recorded to refund');
      const refund = await deps.stripe.createRefund({
        paymentIntentId,
        amount: request.amountMinor,
        metadata: { paymentId: input.paymentId, requestId: input.requestId },
        idempotencyKey: refundIdempotencyKey(input.paymentId, input.requestId),
      });
      return { ...base, applied: first, providerRefundId: refund.id };
    }
    const stars = await deps.stars?.();
    if (!stars) throw new RefundProviderError('not_configured', 'telegram_not_configured', 'no Telegram bot to refund Stars with (TELEGRAM_BOT_TOKEN, or the local Bot API)');
    const chargeId = state.providerIds?.telegramPaymentChargeId;
    const { state: account } = await deps.runner.state(userAccount, userStream(state.userId!));
    if (!chargeId || !account.telegramId) throw new RefundProviderError('refused', 'no_telegram_charge', 'this Stars payment has no charge or payer to refund');
    try {
      await stars.refundStarPayment(account.telegramId, chargeId);
    } catch (error) {
      const failure = providerFailure('stars', error);
      // The same request asked again after its first call went through: Telegram says so.
      if (!first && failure.code === 'CHARGE_ALREADY_REFUNDED') return { ...base, applied: false };
      throw failure;
    }
    return { ...base, applied: first };
  } catch (error) {
    const failure = providerFailure(provider, error);
    await deps.commands.payment(
      {
        type: 'RecordRefundFailure',
        commandId: deterministicId(`refund-failure:${input.paymentId}:${input.requestId}`),
        paymentId: input.paymentId,
        requestId: input.requestId,
        code: failure.code,
        message: failure.message,
        failedAt: new Date().toISOString(),
      },
      context,
    );
    throw failure;
  }
}

/** The payment's state (for callers that check before asking, e.g. to answer 404 before a body check). */
export async function paymentState(deps: Pick<RefundDeps, 'runner'>, paymentId: string) {
  return (await deps.runner.state(payment, paymentStream(paymentId))).state;
}

