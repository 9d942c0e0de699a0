import type { Language, PaidTier } from '@app/domain';
import { renewalFailedText } from './billing';
import { fillMessage } from './format';

/** What users read when a payment we cannot honour is refunded on its own (a second plan paid in a race). */
const en = {
  tier: { basic: 'Basic', pro: 'Pro' },
  duplicatePlanStars:
    'Your payment of {stars, plural, one {# Star} other {# Stars}} arrived, but you already have a plan running, so the {tier} plan was not started. We are refunding the payment; the Stars come back to you in a moment. See /billing for your plan.',
  duplicatePlanCard:
    'Your card payment for the {tier} plan arrived, but you already have a plan running, so it was not started. We are refunding it in full; your bank shows the refund within a few days. See /billing for your plan.',
  duplicatePlanRefundFailed:
    'Your payment for the {tier} plan arrived, but you already have a plan running, so it was not started. We could not refund it automatically; we have recorded it and will refund it — or write to support.',
};

type Messages = typeof en;

const ru: Messages = {
  tier: { basic: 'Basic', pro: 'Pro' },
  duplicatePlanStars:
    'Оплата на {stars, plural, one {# звезду} few {# звезды} other {# звёзд}} пришла, но у вас уже действует тариф, поэтому {tier} не включён. Мы возвращаем платёж — звёзды вернутся через несколько секунд. Ваш тариф — в /billing.',
  duplicatePlanCard:
    'Оплата картой за тариф {tier} пришла, но у вас уже действует тариф, поэтому этот не включён. Мы возвращаем деньги полностью; банк покажет возврат в течение нескольких дней. Ваш тариф — в /billing.',
  duplicatePlanRefundFailed:
    'Оплата за тариф {tier} пришла, но у вас уже действует тариф, поэтому этот не включён. Вернуть деньги автоматически не получилось; платёж записан, мы вернём его — или напишите в поддержку.',
};

export const REFUND_TEXTS: Record<Language, Messages> = { en, ru };

/** A second plan paid while one runs: what the user reads, by how the refund went. */
export function duplicatePlanText(language: Language, input: { tier: PaidTier; provider: 'stars' | 'stripe'; refunded: boolean; stars?: number }): string {
  const t = REFUND_TEXTS[language];
  const tier = fillMessage(language, t, `tier.${input.tier}`, {});
  if (!input.refunded) return fillMessage(language, t, 'duplicatePlanRefundFailed', { tier });
  if (input.provider === 'stars') return fillMessage(language, t, 'duplicatePlanStars', { tier, stars: input.stars ?? 0 });
  return fillMessage(language, t, 'duplicatePlanCard', { tier });
}

/** The notices the projector sends about billing, in the user's language. */
export type BillingNoticeWords =
  | { kind: 'renewal_failed'; tier: PaidTier; graceDays: number }
  | { kind: 'duplicate_plan'; tier: PaidTier; provider: 'stars' | 'stripe'; refunded: boolean; stars?: number };

export function billingNoticeText(language: Language, notice: BillingNoticeWords): string {
  if (notice.kind === 'renewal_failed') return renewalFailedText(language, notice.tier, notice.graceDays);
  return duplicatePlanText(language, notice);
}
