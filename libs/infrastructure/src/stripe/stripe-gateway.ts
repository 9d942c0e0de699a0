import type Stripe from 'stripe';
import { createStripe } from './stripe-client';

/** What a Checkout line charges: a Price id set up in the Dashboard, or an amount from our own price table. */
export type StripeLinePrice =
  | { priceId: string }
  | { amount: number; currency: string; productName: string };

export interface PackCheckoutInput {
  userId: string;
  customerId: string;
  /** Our pack id (`pack50`…), put in metadata so that support can read it; amounts come from `price`. */
  packId: string;
  price: StripeLinePrice;
  successUrl: string;
  cancelUrl: string;
  /** One Checkout Session per purchase attempt of ours: a retried command gets the same session back. */
  idempotencyKey: string;
  metadata?: Record<string, string>;
}

export interface SubscriptionCheckoutInput {
  userId: string;
  customerId: string;
  tier: string;
  /** A recurring Price id, or an amount charged monthly. */
  price: StripeLinePrice;
  successUrl: string;
  cancelUrl: string;
  idempotencyKey: string;
  metadata?: Record<string, string>;
}

export interface CreateCustomerInput {
  userId: string;
  email?: string;
  name?: string;
  /** Test mode only: attach the customer to a test clock so that renewals can be driven. */
  testClock?: string;
}

export interface RefundInput {
  paymentIntentId: string;
  /** Minor units; omitted → the rest of the payment. */
  amount?: number;
  reason?: 'duplicate' | 'fraudulent' | 'requested_by_customer';
  metadata?: Record<string, string>;
  /** e.g. our command id: a retried admin refund is applied once. */
  idempotencyKey: string;
}

export interface ListEventsInput {
  types?: string[];
  /** Seconds since epoch (inclusive). */
  createdFrom?: number;
  /** Only events whose webhook delivery failed (reconciliation). */
  undeliveredOnly?: boolean;
  limit?: number;
  startingAfter?: string;
}

/** Appended to success URLs: Stripe replaces it with the session id on redirect. */
export const CHECKOUT_SESSION_ID_PLACEHOLDER = '{CHECKOUT_SESSION_ID}';

/**
 * The Stripe calls payments make, typed and in one place: every create carries an idempotency key
 * (Stripe keeps it 24 h), every Checkout names our user (`client_reference_id` and metadata), and
 * nothing here logs (the SDK's errors carry no key).
 */
export class StripeGateway {
  constructor(readonly stripe: Stripe) {}

  createCustomer(input: CreateCustomerInput, idempotencyKey: string): Promise<Stripe.Customer> {
    return this.stripe.customers.create(
      {
        metadata: { userId: input.userId },
        ...(input.email ? { email: input.email } : {}),
        ...(input.name ? { name: input.name } : {}),
        ...(input.testClock ? { test_clock: input.testClock } : {}),
      },
      { idempotencyKey },
    );
  }

  createPackCheckout(input: PackCheckoutInput): Promise<Stripe.Checkout.Session> {
    const metadata = { ...input.metadata, userId: input.userId, kind: 'pack', packId: input.packId };
    return this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        customer: input.customerId,
        client_reference_id: input.userId,
        line_items: [{ ...lineItemPrice(input.price, input.packId, false), quantity: 1 }],
        success_url: withSessionId(input.successUrl),
        cancel_url: input.cancelUrl,
        metadata,
        payment_intent_data: { metadata },
        // An invoice per pack purchase: the user's /invoices gets Stripe's hosted page and PDF.
        invoice_creation: { enabled: true, invoice_data: { metadata } },
      },
      { idempotencyKey: input.idempotencyKey },
    );
  }

  createSubscriptionCheckout(input: SubscriptionCheckoutInput): Promise<Stripe.Checkout.Session> {
    const metadata = { ...input.metadata, userId: input.userId, kind: 'subscription', tier: input.tier };
    return this.stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        customer: input.customerId,
        client_reference_id: input.userId,
        line_items: [{ ...lineItemPrice(input.price, input.tier, true), quantity: 1 }],
        success_url: withSessionId(input.successUrl),
        cancel_url: input.cancelUrl,
        metadata,
        subscription_data: { metadata },
      },
      { idempotencyKey: input.idempotencyKey },
    );
  }

  createPortalSession(customerId: string, returnUrl: string): Promise<Stripe.BillingPortal.Session> {
    return this.stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
  }

  retrieveCheckoutSession(id: string): Promise<Stripe.Checkout.Session> {
    return this.stripe.checkout.sessions.retrieve(id);
  }

  retrieveSubscription(id: string): Promise<Stripe.Subscription> {
    return this.stripe.subscriptions.retrieve(id);
  }

  cancelSubscription(id: string, idempotencyKey: string): Promise<Stripe.Subscription> {
    return this.stripe.subscriptions.cancel(id, {}, { idempotencyKey });
  }

  retrieveInvoice(id: string): Promise<Stripe.Invoice> {
    return this.stripe.invoices.retrieve(id);
  }

  retrieveCharge(id: string): Promise<Stripe.Charge> {
    return this.stripe.charges.retrieve(id);
  }

  retrieveRefund(id: string): Promise<Stripe.Refund> {
    return this.stripe.refunds.retrieve(id);
  }

  retrieveCustomer(id: string): Promise<Stripe.Customer | Stripe.DeletedCustomer> {
    return this.stripe.customers.retrieve(id);
  }

  /** A subscription's invoices, newest first (one page: a subscription's first invoice is what callers look for). */
  async listSubscriptionInvoices(subscriptionId: string): Promise<Stripe.Invoice[]> {
    const page = await this.stripe.invoices.list({ subscription: subscriptionId, limit: 100 });
    return page.data;
  }

  /** Since basil an invoice no longer names its PaymentIntent; its InvoicePayments do. */
  async listInvoicePayments(invoiceId: string): Promise<Stripe.InvoicePayment[]> {
    const page = await this.stripe.invoicePayments.list({ invoice: invoiceId, limit: 100 });
    return page.data;
  }

  /** The PaymentIntent that paid an invoice (the link refunds and disputes arrive on), if paid. */
  async paymentIntentOfInvoice(invoiceId: string): Promise<string | undefined> {
    const payments = await this.listInvoicePayments(invoiceId);
    const paid = payments.find((p) => p.status === 'paid') ?? payments[0];
    const intent = paid?.payment.payment_intent;
    return typeof intent === 'string' ? intent : intent?.id;
  }

  createRefund(input: RefundInput): Promise<Stripe.Refund> {
    return this.stripe.refunds.create(
      {
        payment_intent: input.paymentIntentId,
        ...(input.amount !== undefined ? { amount: input.amount } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.metadata ? { metadata: input.metadata } : {}),
      },
      { idempotencyKey: input.idempotencyKey },
    );
  }

  retrieveDispute(id: string): Promise<Stripe.Dispute> {
    return this.stripe.disputes.retrieve(id);
  }

  /**
   * Stages (`submit: false`, visible in the Dashboard, editable) or submits (`submit: true`, final)
   * dispute evidence. Stripe limits the combined text to 150,000 characters.
   */
  updateDisputeEvidence(
    disputeId: string,
    evidence: Stripe.DisputeUpdateParams.Evidence,
    submit: boolean,
    idempotencyKey?: string,
  ): Promise<Stripe.Dispute> {
    return this.stripe.disputes.update(disputeId, { evidence, submit }, idempotencyKey ? { idempotencyKey } : undefined);
  }

  async listEvents(input: ListEventsInput = {}): Promise<Stripe.ApiList<Stripe.Event>> {
    return this.stripe.events.list({
      limit: input.limit ?? 100,
      ...(input.types?.length ? { types: input.types } : {}),
      ...(input.createdFrom !== undefined ? { created: { gte: input.createdFrom } } : {}),
      ...(input.undeliveredOnly ? { delivery_success: false } : {}),
      ...(input.startingAfter ? { starting_after: input.startingAfter } : {}),
    });
  }

  retrieveEvent(id: string): Promise<Stripe.Event> {
    return this.stripe.events.retrieve(id);
  }
}

function lineItemPrice(price: StripeLinePrice, productKey: string, recurring: boolean): Stripe.Checkout.SessionCreateParams.LineItem {
  if ('priceId' in price) return { price: price.priceId };
  if (!Number.isSafeInteger(price.amount) || price.amount <= 0) throw new Error(`invalid amount for ${productKey}: ${price.amount}`);
  return {
    price_data: {
      currency: price.currency.toLowerCase(),
      unit_amount: price.amount,
      product_data: { name: price.productName, metadata: { key: productKey } },
      ...(recurring ? { recurring: { interval: 'month' as const } } : {}),
    },
  };
}

function withSessionId(url: string): string {
  if (url.includes(CHECKOUT_SESSION_ID_PLACEHOLDER)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}session_id=${CHECKOUT_SESSION_ID_PLACEHOLDER}`;
}

/** The gateway the settings describe (STRIPE_SECRET_KEY, STRIPE_API_URL), or undefined when Stripe is not configured. */
export function stripeGatewayOf(config: { STRIPE_SECRET_KEY?: string; STRIPE_API_URL?: string }): StripeGateway | undefined {
  if (!config.STRIPE_SECRET_KEY) return undefined;
  return new StripeGateway(createStripe({ secretKey: config.STRIPE_SECRET_KEY, ...(config.STRIPE_API_URL ? { baseUrl: config.STRIPE_API_URL } : {}) }));
}
