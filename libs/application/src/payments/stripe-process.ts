import { DomainError, PAID_TIERS, paymentIdOf, subscription, subscriptionStream } from '@app/domain';
import type { PaidTier, PaymentState, SubscriptionState } from '@app/domain';
import { deterministicId, ServiceUnavailableError, STRIPE_API_VERSION, systemActor } from '@app/infrastructure';
import type { AggregateRunner, CommandContext, Commands, EventStore, Logger, Projection, RecordedEvent, Stripe } from '@app/infrastructure';
import { isStripeEventReceived, STRIPE_EVENT_RECEIVED, stripeEventStream, StripeEventReceivedData } from './stripe-inbox';
import type { StripeApi, UserNotifier } from './stripe-ports';
import { RefundProviderError, requestRefund } from './refunds';

/**
 * Which of our payments a Stripe PaymentIntent paid. Refunds and disputes arrive on the
 * PaymentIntent (or its charge), so the payment's id is recorded here when the payment is; a
 * refund or dispute that overtakes its payment is parked here and handled once the link lands.
 */
export const stripePaymentIntentStream = (paymentIntentId: string): string => `stripe-pi-${paymentIntentId}`;

interface PaymentLinked {
  paymentIntentId: string;
  paymentId: string;
  userId: string;
}
interface EventParked {
  paymentIntentId: string;
  stripeEventId: string;
  type: string;
}

export interface StripeProcessDeps {
  commands: Commands;
  runner: AggregateRunner;
  store: EventStore;
  /** Absent when Stripe is not configured: the first Stripe event then stops this process manager, visibly. */
  stripe?: StripeApi;
  notifier?: UserNotifier;
  logger: Logger;
  graceDays: number;
}

const idOf = (value: string | { id: string } | null | undefined): string | undefined => (typeof value === 'string' ? value : value?.id);
const isoOf = (seconds: number): string => new Date(seconds * 1000).toISOString();

/**
 * Our tier for a Stripe Price: its `lookup_key` or `metadata.tier` when set (Dashboard prices),
 * else its nickname naming a tier (our inline Checkout prices are named after the tier).
 */
export function tierOfPrice(price: Pick<Stripe.Price, 'lookup_key' | 'metadata' | 'nickname'> | null | undefined): PaidTier | undefined {
  if (!price) return undefined;
  const named = [price.lookup_key, price.metadata?.tier].find((v): v is PaidTier => (PAID_TIERS as readonly unknown[]).includes(v));
  if (named) return named;
  const nickname = (price.nickname ?? '').toLowerCase();
  return PAID_TIERS.find((tier) => new RegExp(`\\b${tier}\\b`).test(nickname));
}

/**
 * Process manager: each StripeEventReceived (the inbox) becomes commands on the business object
 * it is about, with ids derived from that object (`checkout:<cs>`, `invoice:<in>`,
 * `subscription:<sub>`, `refund:<re>`, `dispute:<dp>` and the action), so duplicates, the
 * several events Stripe sends for one action, and redeliveries all land once. The event's
 * snapshot is not trusted where order matters: the object is fetched as it is now.
 *
 * - Checkout completed / async succeeded, payment mode → RecordPayment (`stripe:<cs>`): the
 *   offer from our session metadata, amount and currency as Stripe charged them (the payment
 *   decider checks them against our price table; a mismatch credits nothing).
 * - Subscription mode, and `invoice.paid` → RecordPayment for the invoice (`stripe:<in>`) and
 *   StartSubscription (`subscription_create`) or RenewSubscription (`subscription_cycle`) with the
 *   invoice as grant key and the invoice line's period; `subscription_update` → ChangeSubscriptionPlan.
 * - `invoice.payment_failed` → MarkSubscriptionPastDue, and the user is told in the bot.
 * - `customer.subscription.updated` / `deleted` → cancel at period end, resume, plan change, end.
 * - `refund.*` (and `charge.refunded` when it lists its refunds) → RefundPayment;
 *   `charge.dispute.*` → OpenDispute / CloseDispute(won|lost).
 * - Async payment failed, expired sessions and every other type: stored, nothing else.
 * A refusal of the domain (a second subscription, say) is logged and the event is done; any other
 * failure (Stripe unreachable) stops the process manager, which resumes from its checkpoint.
 */
export function stripeProcess(deps: StripeProcessDeps): Projection {
  const { commands, runner, store, notifier, logger, graceDays } = deps;

  const stripeApi = deps.stripe ? retriedWhileDown(deps.stripe) : undefined;
  const api = (): StripeApi => {
    if (!stripeApi) throw new Error('STRIPE_SECRET_KEY is not set: Stripe events cannot be processed');
    return stripeApi;
  };

  async function userOfSubscription(sub: Stripe.Subscription): Promise<string | undefined> {
    if (sub.metadata?.userId) return sub.metadata.userId;
    return userOfCustomer(idOf(sub.customer));
  }

  async function userOfCustomer(customerId: string | undefined): Promise<string | undefined> {
    if (!customerId) return undefined;
    const customer = await api().retrieveCustomer(customerId);
    return 'deleted' in customer && customer.deleted ? undefined : (customer as Stripe.Customer).metadata?.userId;
  }

  async function subscriptionState(userId: string): Promise<SubscriptionState> {
    return (await runner.state(subscription, subscriptionStream(userId))).state;
  }

  // ---- the PaymentIntent → payment lookup

  async function linkPayment(paymentIntentId: string, paymentId: string, userId: string): Promise<void> {
    const data: PaymentLinked = { paymentIntentId, paymentId, userId };
    await store.appendToStream(stripePaymentIntentStream(paymentIntentId), [envelope(`stripe-pi:${paymentIntentId}:linked`, 'StripePaymentLinked', data)], {
      expectedRevision: 'any',
    });
    // Whatever overtook the payment (a refund, a dispute) can be handled now.
    const stream = await store.readStream(stripePaymentIntentStream(paymentIntentId));
    for (const parked of stream.filter((e) => e.type === 'StripeEventParked')) {
      const [original] = await store.readStream(stripeEventStream((parked.data as EventParked).stripeEventId));
      if (original && isStripeEventReceived(original)) await handleOne(original);
    }
  }

  async function paymentOfIntent(paymentIntentId: string | undefined, parkedEvent: RecordedEvent<StripeEventReceivedData>): Promise<PaymentLinked | undefined> {
    if (!paymentIntentId) {
      logger.warn({ stripeEventId: parkedEvent.data.id, type: parkedEvent.data.type }, 'stripe: no payment intent to map this event to a payment; ignored');
      return undefined;
    }
    const stream = await store.readStream(stripePaymentIntentStream(paymentIntentId));
    const linked = stream.find((e) => e.type === 'StripePaymentLinked');
    if (linked) return linked.data as PaymentLinked;
    const data: EventParked = { paymentIntentId, stripeEventId: parkedEvent.data.id, type: parkedEvent.data.type };
    await store.appendToStream(
      stripePaymentIntentStream(paymentIntentId),
      [envelope(`stripe-pi:${paymentIntentId}:parked:${parkedEvent.data.id}`, 'StripeEventParked', data)],
      { expectedRevision: 'any' },
    );
    logger.info({ stripeEventId: parkedEvent.data.id, type: parkedEvent.data.type }, 'stripe: event arrived before its payment; parked until the payment is recorded');
    return undefined;
  }

  // ---- payments

  async function recordPayment(
    ctx: CommandContext,
    input: { key: string; paymentId: string; userId: string; offerId: string; amountMinor: number; currency: string; paidAt: string; providerIds: Record<string, string | undefined> },
  ): Promise<PaymentState> {
    const providerIds = Object.fromEntries(Object.entries(input.providerIds).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const outcome = await commands.payment(
      {
        type: 'RecordPayment',
        commandId: deterministicId(`${input.key}:record`),
        paymentId: input.paymentId,
        provider: 'stripe',
        providerIds,
        userId: input.userId,
        offerId: input.offerId,
        amountMinor: input.amountMinor,
        currency: input.currency,
        paidAt: input.paidAt,
      },
      ctx,
    );
    return outcome.state;
  }

  async function onCheckoutPaid(event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    // A session that is complete and paid never changes again: its signed snapshot is the current
    // object. Any other state may have moved on since (async payments), so it is fetched.
    const snapshot = event.data.object as unknown as Stripe.Checkout.Session;
    const final = snapshot.object === 'checkout.session' && snapshot.status === 'complete' && snapshot.payment_status === 'paid';
    const session = final ? snapshot : await api().retrieveCheckoutSession(event.data.objectId!);
    const paid = session.status === 'complete' && session.payment_status === 'paid';
    if (!paid) {
      logger.info({ session: session.id, status: session.status, paymentStatus: session.payment_status }, 'stripe: checkout not paid (yet); nothing recorded');
      return;
    }
    const userId = session.client_reference_id ?? session.metadata?.userId;
    if (!userId) {
      logger.warn({ session: session.id }, 'stripe: checkout session without our user id; ignored');
      return;
    }
    if (session.mode === 'subscription') {
      const invoiceId = idOf(session.invoice);
      if (invoiceId) await onInvoicePaid(invoiceId, event, ctx);
      return;
    }
    if (session.mode !== 'payment') return;
    const paymentId = paymentIdOf('stripe', session.id);
    const paymentIntentId = idOf(session.payment_intent);
    await recordPayment(ctx, {
      key: `checkout:${session.id}`,
      paymentId,
      userId,
      offerId: session.metadata?.offerId ?? session.metadata?.packId ?? '',
      amountMinor: session.amount_total ?? 0,
      currency: session.currency ?? '',
      paidAt: isoOf(event.data.created),
      providerIds: { checkoutSessionId: session.id, paymentIntentId, customerId: idOf(session.customer), invoiceId: idOf(session.invoice) },
    });
    if (paymentIntentId) await linkPayment(paymentIntentId, paymentId, userId);
  }

  /** The subscription's first invoice, fulfilled first when a later one overtook it. */
  async function ensureStarted(sub: Stripe.Subscription, userId: string, event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    const state = await subscriptionState(userId);
    if (state.subscriptionId === sub.id || state.previous.has(sub.id)) return;
    const invoices = await api().listSubscriptionInvoices(sub.id);
    const first = invoices.find((i) => i.billing_reason === 'subscription_create' && i.status === 'paid');
    if (first) await onInvoicePaid(first.id, event, ctx);
  }

  async function onInvoicePaid(invoiceId: string, event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    const stripe = api();
    const invoice = await stripe.retrieveInvoice(invoiceId);
    if (invoice.status !== 'paid') return;
    const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
    // A pack's invoice (invoice_creation): its Checkout Session is the payment.
    if (!subscriptionId) return;
    const sub = await stripe.retrieveSubscription(subscriptionId);
    const userId = await userOfSubscription(sub);
    if (!userId) {
      logger.warn({ invoice: invoice.id, subscription: sub.id }, 'stripe: subscription without our user id; ignored');
      return;
    }
    const item = sub.items.data[0];
    const line = invoice.lines?.data?.[0];
    const reason = invoice.billing_reason;
    // The tier this invoice paid for: the item's price when the invoice charged that price (a plan
    // changed since leaves it unknown here); a first invoice is for the plan our Checkout sold.
    const linePrice = idOf(line?.pricing?.price_details?.price);
    const priceTier = !linePrice || linePrice === item?.price.id ? tierOfPrice(item?.price) : undefined;
    const soldTier = (PAID_TIERS as readonly unknown[]).includes(sub.metadata?.tier) ? (sub.metadata.tier as PaidTier) : undefined;
    const tier =
      reason === 'subscription_create'
        ? (soldTier ?? priceTier)
        : reason === 'subscription_cycle'
          ? (priceTier ?? (await subscriptionState(userId)).tier ?? soldTier)
          : (tierOfPrice(item?.price) ?? priceTier);
    if (reason === 'subscription_update') {
      await ensureStarted(sub, userId, event, ctx);
      if (!tier) return;
      await commands.subscription(
        { type: 'ChangeSubscriptionPlan', commandId: deterministicId(`invoice:${invoice.id}:plan`), userId, subscriptionId, tier, effectiveAt: isoOf(invoice.created) },
        ctx,
      );
      return;
    }
    if (reason !== 'subscription_create' && reason !== 'subscription_cycle') return;
    if (reason === 'subscription_cycle') await ensureStarted(sub, userId, event, ctx);
    // The period this invoice paid (its line), not the item's current one: a late invoice keeps its own period.
    const period =
      line?.period && line.period.end > line.period.start
        ? line.period
        : { start: item?.current_period_start ?? invoice.period_start, end: item?.current_period_end ?? invoice.period_end };
    const paymentId = paymentIdOf('stripe', invoice.id);
    const paymentIntentId = await stripe.paymentIntentOfInvoice(invoice.id);
    const customerId = idOf(invoice.customer);
    const payment = await recordPayment(ctx, {
      key: `invoice:${invoice.id}`,
      paymentId,
      userId,
      offerId: tier ? `sub:${tier}` : '',
      amountMinor: invoice.amount_paid,
      currency: invoice.currency,
      paidAt: isoOf(invoice.status_transitions?.paid_at ?? event.data.created),
      providerIds: { invoiceId: invoice.id, subscriptionId, paymentIntentId, customerId },
    });
    if (paymentIntentId) await linkPayment(paymentIntentId, paymentId, userId);
    if (payment.status !== 'succeeded' || !tier) {
      logger.warn({ invoice: invoice.id, status: payment.status }, 'stripe: subscription invoice does not match our price table; no period granted');
      return;
    }
    const common = { userId, subscriptionId, periodStart: isoOf(period.start), periodEnd: isoOf(period.end), grantKey: invoice.id };
    if (reason === 'subscription_create') {
      try {
        await commands.subscription(
          { type: 'StartSubscription', commandId: deterministicId(`invoice:${invoice.id}:start`), provider: 'stripe', tier, ...(customerId ? { customerId } : {}), ...common },
          ctx,
        );
      } catch (error) {
        if (!(error instanceof DomainError && error.details.reason === 'second_subscription')) throw error;
        await refundDuplicatePlan(paymentId, userId, tier, subscriptionId);
      }
    } else {
      await commands.subscription({ type: 'RenewSubscription', commandId: deterministicId(`invoice:${invoice.id}:renew`), tier, ...common }, ctx);
    }
  }

  /**
   * A second plan paid while one runs (a race past our checks): it is not started; Stripe is told
   * to end it (so it never renews) and to refund its first invoice, through the same path as an
   * admin's refund with the system as actor; the user hears of it once.
   */
  async function refundDuplicatePlan(paymentId: string, userId: string, tier: PaidTier, subscriptionId: string): Promise<void> {
    const stripe = api();
    // Handled again (its own `deleted` event leads back here): ended once.
    if ((await stripe.retrieveSubscription(subscriptionId)).status !== 'canceled') await stripe.cancelSubscription(subscriptionId, `duplicate-plan:${subscriptionId}`);
    let refunded = true;
    let first = true;
    try {
      const outcome = await requestRefund(
        { commands, runner, stripe },
        { paymentId, requestId: `duplicate-plan:${paymentId}`, actor: systemActor('duplicate-plan'), reason: 'a second plan was paid while another one runs; it was not started' },
      );
      first = outcome.applied;
    } catch (error) {
      if (!(error instanceof RefundProviderError)) throw error;
      refunded = false;
      logger.error({ paymentId, code: error.code }, `stripe: a second plan paid in a race could not be refunded: ${error.message}`);
    }
    if (!first || !notifier) return;
    try {
      await notifier.notify(userId, { kind: 'duplicate_plan', tier, provider: 'stripe', refunded });
    } catch (error) {
      logger.warn({ err: error, userId }, 'stripe: could not tell the user about the refunded second plan');
    }
  }

  async function onInvoiceFailed(event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    const stripe = api();
    const invoice = await stripe.retrieveInvoice(event.data.objectId!);
    if (invoice.status === 'paid') return; // paid since (a retry or a new card): nothing is due
    const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
    if (!subscriptionId) return;
    const sub = await stripe.retrieveSubscription(subscriptionId);
    const userId = await userOfSubscription(sub);
    if (!userId) return;
    await ensureStarted(sub, userId, event, ctx);
    const outcome = await commands.subscription(
      {
        type: 'MarkSubscriptionPastDue',
        commandId: deterministicId(`invoice:${invoice.id}:past-due:${invoice.attempt_count}`),
        userId,
        subscriptionId,
        since: isoOf(event.data.created),
      },
      ctx,
    );
    // Told once: when this failure is what made the subscription past due.
    if (outcome.appended.length === 0 || !notifier || !outcome.state.tier) return;
    try {
      await notifier.notify(userId, { kind: 'renewal_failed', tier: outcome.state.tier, graceDays });
    } catch (error) {
      logger.warn({ err: error, userId }, 'stripe: could not tell the user about the failed renewal');
    }
  }

  async function onSubscriptionChanged(event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    const sub = await api().retrieveSubscription(event.data.objectId!);
    const userId = await userOfSubscription(sub);
    if (!userId) return;
    await ensureStarted(sub, userId, event, ctx);
    const state = await subscriptionState(userId);
    if (state.subscriptionId !== sub.id) return; // an earlier subscription, or one we never started
    const key = `subscription:${sub.id}`;
    const base = { userId, subscriptionId: sub.id };
    if (sub.status === 'canceled' || sub.ended_at) {
      await commands.subscription({ type: 'EndSubscription', commandId: deterministicId(`${key}:end`), ...base, endedAt: isoOf(sub.ended_at ?? event.data.created) }, ctx);
      return;
    }
    const tier = tierOfPrice(sub.items.data[0]?.price);
    if (tier && state.tier && tier !== state.tier) {
      await commands.subscription(
        { type: 'ChangeSubscriptionPlan', commandId: deterministicId(`${key}:plan:${tier}:${event.data.created}`), ...base, tier, effectiveAt: isoOf(event.data.created) },
        ctx,
      );
    }
    const canceling = sub.cancel_at_period_end || sub.cancel_at !== null;
    if (canceling && state.status !== 'canceled') {
      const canceledAt = sub.canceled_at ?? event.data.created;
      await commands.subscription({ type: 'CancelSubscription', commandId: deterministicId(`${key}:cancel:${canceledAt}`), ...base, atPeriodEnd: true, canceledAt: isoOf(canceledAt) }, ctx);
    } else if (!canceling && state.status === 'canceled' && state.cancelAtPeriodEnd) {
      await commands.subscription({ type: 'ResumeSubscription', commandId: deterministicId(`${key}:resume:${event.data.created}`), ...base, resumedAt: isoOf(event.data.created) }, ctx);
    }
  }

  // ---- refunds and disputes

  async function intentOfCharge(chargeId: string | undefined): Promise<string | undefined> {
    return chargeId ? idOf((await api().retrieveCharge(chargeId)).payment_intent) : undefined;
  }

  async function onRefund(refundId: string, event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    const refund = await api().retrieveRefund(refundId);
    if (refund.status !== 'succeeded') return;
    const intent = idOf(refund.payment_intent) ?? (await intentOfCharge(idOf(refund.charge)));
    const link = await paymentOfIntent(intent, event);
    if (!link) return;
    await commands.payment(
      {
        type: 'RefundPayment',
        commandId: deterministicId(`refund:${refund.id}:refund`),
        paymentId: link.paymentId,
        refundId: refund.id,
        amountMinor: refund.amount,
        ...(refund.reason ? { reason: refund.reason } : {}),
        refundedAt: isoOf(refund.created),
      },
      ctx,
    );
  }

  async function onDispute(event: RecordedEvent<StripeEventReceivedData>, ctx: CommandContext): Promise<void> {
    const dispute = await api().retrieveDispute(event.data.objectId!);
    const intent = idOf(dispute.payment_intent) ?? (await intentOfCharge(idOf(dispute.charge)));
    const link = await paymentOfIntent(intent, event);
    if (!link) return;
    const base = { paymentId: link.paymentId, disputeId: dispute.id };
    const outcome = dispute.status === 'won' ? 'won' : dispute.status === 'lost' ? 'lost' : undefined;
    if (outcome) {
      await commands.payment(
        {
          type: 'CloseDispute',
          commandId: deterministicId(`dispute:${dispute.id}:close`),
          ...base,
          outcome,
          closedAt: isoOf(event.data.created),
          amountMinor: dispute.amount,
          reason: dispute.reason,
        },
        ctx,
      );
      return;
    }
    await commands.payment(
      { type: 'OpenDispute', commandId: deterministicId(`dispute:${dispute.id}:open`), ...base, amountMinor: dispute.amount, reason: dispute.reason, openedAt: isoOf(dispute.created) },
      ctx,
    );
  }

  // ---- dispatch

  async function dispatch(event: RecordedEvent<StripeEventReceivedData>): Promise<void> {
    const { type, objectId } = event.data;
    const ctx: CommandContext = { actor: { kind: 'stripe', id: event.data.id }, causationId: event.id, correlationId: event.metadata.correlationId };
    switch (type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return onCheckoutPaid(event, ctx);
      case 'checkout.session.async_payment_failed':
      case 'checkout.session.expired':
        logger.info({ session: objectId, type }, 'stripe: checkout ended without a payment; nothing credited');
        return;
      case 'invoice.paid':
        return onInvoicePaid(objectId!, event, ctx);
      case 'invoice.payment_failed':
        return onInvoiceFailed(event, ctx);
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
        return onSubscriptionChanged(event, ctx);
      case 'refund.created':
      case 'refund.updated':
      case 'charge.refund.updated':
        return onRefund(objectId!, event, ctx);
      case 'charge.refunded': {
        // Since 2022-11-15 a charge no longer lists its refunds; then the refund.* events carry them.
        const refunds = (event.data.object.refunds as { data?: { id: string }[] } | undefined)?.data ?? [];
        for (const refund of refunds) await onRefund(refund.id, event, ctx);
        return;
      }
      case 'charge.dispute.created':
      case 'charge.dispute.updated':
      case 'charge.dispute.closed':
      case 'charge.dispute.funds_withdrawn':
      case 'charge.dispute.funds_reinstated':
        return onDispute(event, ctx);
      default:
        return;
    }
  }

  async function handleOne(event: RecordedEvent<StripeEventReceivedData>): Promise<void> {
    if (event.data.api_version && event.data.api_version !== STRIPE_API_VERSION) {
      logger.warn({ stripeEventId: event.data.id, apiVersion: event.data.api_version, pinned: STRIPE_API_VERSION }, 'stripe: event in another API version than ours (create the endpoint with the pinned version)');
    }
    if (!event.data.objectId && event.data.type !== 'charge.refunded') return;
    try {
      await dispatch(event);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.warn({ stripeEventId: event.data.id, type: event.data.type, code: error.code, details: error.details }, `stripe: event refused: ${error.message}`);
    }
  }

  return {
    name: 'stripe_events',
    filter: { eventTypes: [STRIPE_EVENT_RECEIVED] },
    tables: [],
    async handle(events) {
      for (const event of events) if (isStripeEventReceived(event)) await handleOne(event);
    },
  };
}

/** Stripe's own retryable answers (5xx, 429, no connection): the projector tries the batch again later. */
function isStripeOutage(error: unknown): boolean {
  const e = error as { type?: string; statusCode?: number };
  return e?.type === 'StripeConnectionError' || e?.type === 'StripeRateLimitError' || e?.statusCode === 429 || (e?.statusCode ?? 0) >= 500;
}

/** The same API, whose outages surface as ServiceUnavailableError (retried) instead of failing the event. */
function retriedWhileDown(stripe: StripeApi): StripeApi {
  return new Proxy(stripe, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (error) {
          if (isStripeOutage(error)) throw new ServiceUnavailableError(`Stripe is not answering (${String(property)}); retrying`, { cause: error });
          throw error;
        }
      };
    },
  });
}

function envelope(name: string, type: string, data: unknown) {
  const id = deterministicId(name);
  return {
    id,
    type,
    data,
    metadata: { correlationId: id, causationId: id, actor: { kind: 'system' as const, id: 'stripe-events' }, schemaVersion: 1, occurredAt: new Date().toISOString() },
  };
}
