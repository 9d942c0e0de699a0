import type { PaidTier } from '@app/domain';
import type { CreateCustomerInput, PackCheckoutInput, RefundInput, Stripe, SubscriptionCheckoutInput } from '@app/infrastructure';

/**
 * What payments ask of Stripe: create customers, Checkout and Portal sessions, and fetch the
 * current state of an object (events arrive out of order; the object as it is now decides).
 * `StripeGateway` (libs/infrastructure/src/stripe) implements it over the official SDK.
 */
export interface StripeApi {
  createCustomer(input: CreateCustomerInput, idempotencyKey: string): Promise<Stripe.Customer>;
  createPackCheckout(input: PackCheckoutInput): Promise<Stripe.Checkout.Session>;
  createSubscriptionCheckout(input: SubscriptionCheckoutInput): Promise<Stripe.Checkout.Session>;
  createPortalSession(customerId: string, returnUrl: string): Promise<Stripe.BillingPortal.Session>;
  retrieveCheckoutSession(id: string): Promise<Stripe.Checkout.Session>;
  retrieveSubscription(id: string): Promise<Stripe.Subscription>;
  retrieveInvoice(id: string): Promise<Stripe.Invoice>;
  retrieveCharge(id: string): Promise<Stripe.Charge>;
  retrieveRefund(id: string): Promise<Stripe.Refund>;
  retrieveDispute(id: string): Promise<Stripe.Dispute>;
  retrieveCustomer(id: string): Promise<Stripe.Customer | Stripe.DeletedCustomer>;
  /** The PaymentIntent that paid an invoice (since basil an invoice no longer names it). */
  paymentIntentOfInvoice(invoiceId: string): Promise<string | undefined>;
  listSubscriptionInvoices(subscriptionId: string): Promise<Stripe.Invoice[]>;
  createRefund(input: RefundInput): Promise<Stripe.Refund>;
  /** Ends a subscription now (one we cannot honour: a second plan paid in a race). */
  cancelSubscription(id: string, idempotencyKey: string): Promise<Stripe.Subscription>;
}

/** Something the user must hear about their billing, outside any conversation they started. */
export type BillingNotice =
  /** A renewal could not be charged: the plan stays for the grace period; the card needs updating. */
  | { kind: 'renewal_failed'; tier: PaidTier; graceDays: number }
  /** A second plan was paid while one runs: not started, and refunded (or, when the refund failed, to be refunded). */
  | { kind: 'duplicate_plan'; tier: PaidTier; provider: 'stars' | 'stripe'; refunded: boolean; stars?: number };

/**
 * Tells a user something in the channel they use (the bot). Implemented by the projector with
 * the Telegram client and the user's language; a user with no channel is skipped.
 */
export interface UserNotifier {
  notify(userId: string, notice: BillingNotice): Promise<void>;
}
