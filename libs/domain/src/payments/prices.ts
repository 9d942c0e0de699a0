import { Tier, MONTHLY_CREDITS } from '../tiers';

/**
 * Our own price table: what each offer costs and what it delivers. A provider's amount and
 * currency are checked against it, never against metadata the provider echoes back (metadata is
 * written by whoever created the session and proves nothing about what was charged).
 *
 * Amounts are integers in the currency's smallest unit: cents for USD, whole Stars for XTR
 * (Telegram Stars have no fractional unit).
 */
export type Currency = 'USD' | 'XTR';
export const CURRENCIES = ['USD', 'XTR'] as const satisfies readonly Currency[];

export type PaymentProvider = 'stripe' | 'stars';
export const PAYMENT_PROVIDERS = ['stripe', 'stars'] as const satisfies readonly PaymentProvider[];

/** The rail decides the currency: Stripe charges cards in USD, Telegram charges Stars (XTR). */
export const PROVIDER_CURRENCY: Readonly<Record<PaymentProvider, Currency>> = { stripe: 'USD', stars: 'XTR' };

export type PaidTier = Exclude<Tier, 'free'>;
export const PAID_TIERS = ['basic', 'pro'] as const satisfies readonly PaidTier[];

export type PackOfferId = `pack:${number}`;
export type SubscriptionOfferId = `sub:${PaidTier}`;
export type OfferId = PackOfferId | SubscriptionOfferId;

export interface PackOffer {
  kind: 'pack';
  id: PackOfferId;
  credits: number;
  prices: Readonly<Record<Currency, number>>;
}
export interface SubscriptionOffer {
  kind: 'subscription';
  id: SubscriptionOfferId;
  tier: PaidTier;
  /** Credits granted once per paid period. */
  allowance: number;
  /** Length of one paid period (Telegram's Stars subscriptions are fixed at 30 days). */
  periodDays: number;
  prices: Readonly<Record<Currency, number>>;
}
export type Offer = PackOffer | SubscriptionOffer;

const pack = (credits: number, usdCents: number, stars: number): PackOffer => ({
  kind: 'pack',
  id: `pack:${credits}`,
  credits,
  prices: { USD: usdCents, XTR: stars },
});
const plan = (tier: PaidTier, usdCents: number, stars: number): SubscriptionOffer => ({
  kind: 'subscription',
  id: `sub:${tier}`,
  tier,
  allowance: MONTHLY_CREDITS[tier],
  periodDays: 30,
  prices: { USD: usdCents, XTR: stars },
});

/** Credit packs (product.md): 50 / 150 / 500 credits for 2.99 / 6.99 / 19.99 USD or 150 / 350 / 1,000 Stars. */
export const PACKS: readonly PackOffer[] = [pack(50, 299, 150), pack(150, 699, 350), pack(500, 1999, 1000)];

/** Subscriptions (product.md): basic 4.99 USD or 250 Stars a month, pro 14.99 USD or 750 Stars. */
export const SUBSCRIPTION_PLANS: readonly SubscriptionOffer[] = [plan('basic', 499, 250), plan('pro', 1499, 750)];

/** A whole price table; the application may build another one from configuration. */
export interface PriceTable {
  packs: readonly PackOffer[];
  plans: readonly SubscriptionOffer[];
}
export const DEFAULT_PRICE_TABLE: PriceTable = { packs: PACKS, plans: SUBSCRIPTION_PLANS };

export const subscriptionOfferId = (tier: PaidTier): SubscriptionOfferId => `sub:${tier}`;

export function offerById(id: string, table: PriceTable = DEFAULT_PRICE_TABLE): Offer | undefined {
  return table.packs.find((o) => o.id === id) ?? table.plans.find((o) => o.id === id);
}

export function planOf(tier: PaidTier, table: PriceTable = DEFAULT_PRICE_TABLE): SubscriptionOffer | undefined {
  return table.plans.find((o) => o.tier === tier);
}

/** Providers spell currencies differently (Stripe `usd`, Telegram `XTR`); undefined when not one of ours. */
export function normalizeCurrency(currency: string): Currency | undefined {
  const upper = String(currency ?? '').trim().toUpperCase();
  return (CURRENCIES as readonly string[]).includes(upper) ? (upper as Currency) : undefined;
}

/** What this offer costs in that currency (smallest unit), or undefined when it is not sold in it. */
export function expectedAmount(offer: Offer, currency: string): number | undefined {
  const c = normalizeCurrency(currency);
  return c ? offer.prices[c] : undefined;
}

/** Credits a succeeded payment for this offer delivers: a pack's credits, or one period's allowance. */
export function creditsOf(offer: Offer): number {
  return offer.kind === 'pack' ? offer.credits : offer.allowance;
}
