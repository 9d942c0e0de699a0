import { DomainError, invalid, offerById, subscription, subscriptionStream, userAccount, userStream } from '@app/domain';
import type { Language } from '@app/domain';
import { deterministicId, newId, WrongExpectedRevisionError } from '@app/infrastructure';
import type { AggregateRunner, EventStore } from '@app/infrastructure';
import { userLanguage } from '../accounts/preferences';
import type { StripeApi } from './stripe-ports';

/** Our record of the user's Stripe customer: created once, read before creating. */
export const stripeCustomerStream = (userId: string): string => `stripe-customer-${userId}`;

export interface StripeCustomerCreatedData {
  userId: string;
  customerId: string;
}

export interface CheckoutDeps {
  stripe: StripeApi;
  store: EventStore;
  runner: AggregateRunner;
  /** Base of the success, cancel and portal return pages (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
}

export interface StartCheckoutInput {
  userId: string;
  /** `pack:50`, `pack:150`, `pack:500`, `sub:basic`, `sub:pro` (the domain's price table). */
  offerId: string;
  /** The language of the success and cancel pages. */
  language: Language;
  /**
   * One purchase attempt: the same id gets the same Checkout Session back (a retried call). Default:
   * a new session per call.
   */
  attemptId?: string;
}

export interface CheckoutStarted {
  /** Stripe's hosted Checkout page: send the user there. */
  url: string;
  sessionId: string;
}

/** Where Stripe sends the user back to: pages the API serves (`/billing/…`). */
export function billingPageUrl(publicUrl: string, page: 'success' | 'cancel' | 'return', language: Language): string {
  return `${publicUrl.replace(/\/+$/, '')}/billing/${page}?lang=${language}`;
}

/**
 * The user's Stripe customer: the one recorded in our log, or a new one created with the
 * idempotency key `customer:<userId>` (a retry, or a race with another process, gets the same
 * customer from Stripe) and recorded with `no_stream`, so a user has exactly one.
 */
export async function stripeCustomerOf(deps: Pick<CheckoutDeps, 'stripe' | 'store'>, userId: string): Promise<string> {
  const known = await recordedCustomer(deps.store, userId);
  if (known) return known;
  const customer = await deps.stripe.createCustomer({ userId }, `customer:${userId}`);
  const id = deterministicId(`stripe-customer:${userId}`);
  try {
    await deps.store.appendToStream(
      stripeCustomerStream(userId),
      [
        {
          id,
          type: 'StripeCustomerCreated',
          data: { userId, customerId: customer.id } satisfies StripeCustomerCreatedData,
          metadata: { correlationId: id, causationId: id, actor: { kind: 'user', id: userId }, schemaVersion: 1, occurredAt: new Date().toISOString() },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    return (await recordedCustomer(deps.store, userId)) ?? customer.id;
  }
  return customer.id;
}

async function recordedCustomer(store: EventStore, userId: string): Promise<string | undefined> {
  const [created] = await store.readStream(stripeCustomerStream(userId), { maxCount: 1 });
  return created ? (created.data as StripeCustomerCreatedData).customerId : undefined;
}

/**
 * Starts a Stripe Checkout for one of our offers and answers its URL. Packs are sold in payment
 * mode at our price (USD) with an invoice; plans in subscription mode, monthly. Our user id is the
 * session's `client_reference_id` and, with the offer id, in its metadata: that is how the
 * webhook finds who paid for what (the amount is checked against our price table there).
 * Refused: an unknown offer or user, and a plan while the user has a live subscription.
 */
export async function startCheckout(deps: CheckoutDeps, input: StartCheckoutInput): Promise<CheckoutStarted> {
  const offer = offerById(input.offerId);
  if (!offer) throw invalid('no such offer', { field: 'offerId', offerId: input.offerId });
  const account = (await deps.runner.state(userAccount, userStream(input.userId))).state;
  if (!account.registered) throw new DomainError('user_not_found', 'no such user', { userId: input.userId });
  if (offer.kind === 'subscription') {
    const current = (await deps.runner.state(subscription, subscriptionStream(input.userId))).state;
    if (current.status === 'active' || current.status === 'past_due') {
      throw new DomainError('payment_conflict', 'this user already has an active subscription', {
        reason: 'second_subscription',
        activeProvider: current.provider,
        tier: current.tier,
      });
    }
  }
  const customerId = await stripeCustomerOf(deps, input.userId);
  const common = {
    userId: input.userId,
    customerId,
    successUrl: billingPageUrl(deps.publicUrl, 'success', input.language),
    cancelUrl: billingPageUrl(deps.publicUrl, 'cancel', input.language),
    idempotencyKey: `checkout:${input.userId}:${offer.id}:${input.attemptId ?? newId()}`,
    metadata: { offerId: offer.id },
  };
  const session =
    offer.kind === 'pack'
      ? await deps.stripe.createPackCheckout({
          ...common,
          packId: offer.id,
          price: { amount: offer.prices.USD, currency: 'usd', productName: `${offer.credits} credits` },
        })
      : await deps.stripe.createSubscriptionCheckout({
          ...common,
          tier: offer.tier,
          // Named after the tier: the process manager reads the tier of a price from its name.
          price: { amount: offer.prices.USD, currency: 'usd', productName: offer.tier === 'basic' ? 'Basic' : 'Pro' },
        });
  if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
  return { url: session.url, sessionId: session.id };
}

/**
 * The Stripe Customer Portal for the user (card, plan switch, cancellation): its URL. Only for a
 * user who has a Stripe customer, i.e. who has been to Checkout.
 */
export async function openBillingPortal(deps: CheckoutDeps, userId: string, language: Language = 'en'): Promise<{ url: string }> {
  const customerId = await recordedCustomer(deps.store, userId);
  if (!customerId) throw invalid('this user has not paid with a card yet', { reason: 'no_stripe_customer', userId });
  const portal = await deps.stripe.createPortalSession(customerId, billingPageUrl(deps.publicUrl, 'return', language));
  return { url: portal.url };
}

/**
 * Card payments as a channel asks for them (the bot's `cardCheckout` / `cardPortal`): a URL for
 * an offer or for the portal, in the user's language (read for display from the account).
 */
export function cardPayments(deps: CheckoutDeps): { cardCheckout(userId: string, offerId: string): Promise<string>; cardPortal(userId: string): Promise<string> } {
  return {
    cardCheckout: async (userId, offerId) => (await startCheckout(deps, { userId, offerId, language: await userLanguage(deps.runner, userId) })).url,
    cardPortal: async (userId) => (await openBillingPortal(deps, userId, await userLanguage(deps.runner, userId))).url,
  };
}
