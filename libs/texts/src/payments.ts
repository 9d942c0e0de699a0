import type { Language, PaidTier } from '@app/domain';
import { fillMessage, formatDate } from './format';

/** What the bot says about buying credits and subscriptions, in English and Russian. */
const en = {
  commands: {
    buy: 'Buy credits',
    subscribe: 'Monthly plans',
    billing: 'Your subscription',
  },
  buyIntro: 'Credit packs. Credits pay for readings and conversions and do not expire.\n\n{packs}\n\nPay with ⭐ Telegram Stars{card}:',
  buyCard: ' or 💳 a card',
  packLine: '• {credits, plural, one {# credit} other {# credits}}: {stars, plural, one {# Star} other {# Stars}}{usd}',
  packLineUsd: ' or {usd}',
  packStarsButton: '⭐ {credits} · {stars, plural, one {# Star} other {# Stars}}',
  packCardButton: '💳 {credits} · {usd}',
  packTitle: '{credits, plural, one {# credit} other {# credits}}',
  packDescription: '{credits, plural, one {# credit} other {# credits}} on your balance for tarot readings and audio conversions. Credits do not expire.',
  subscribeIntro: 'Monthly plans: credits every 30 days, longer media and audio enhancement.\n\n{plans}\n\nSubscribe with ⭐ Telegram Stars{card}. You can cancel any time in /billing.',
  planLine: '• {tier}: {allowance, plural, one {# credit} other {# credits}} a month, {stars, plural, one {# Star} other {# Stars}} a month{usd}',
  planStarsButton: '⭐ {tier} · {stars, plural, one {# Star} other {# Stars}} / month',
  planCardButton: '💳 {tier} · {usd} / month',
  planTitle: '{tier} plan, monthly',
  planDescription: '{allowance, plural, one {# credit} other {# credits}} every 30 days, longer media and audio enhancement. Renews every 30 days until you cancel in /billing.',
  alreadySubscribed: 'You already have the {tier} plan, until {date}. See /billing.',
  billingNone: 'You have no subscription. See /subscribe for the plans.',
  billingActive: 'Your plan: {tier}, paid with Telegram Stars ({stars, plural, one {# Star} other {# Stars}} a month).\nRenews on {date}.',
  billingCanceled: 'Your plan: {tier}, paid with Telegram Stars.\nRenewal canceled: the plan ends on {date}.',
  billingCard: 'Your plan: {tier}, paid by card. Manage it on the web.',
  cancelButton: 'Cancel renewal',
  resumeButton: 'Renew again',
  renewalCanceled: 'Renewal canceled. Your {tier} plan stays until {date}; no more Stars will be charged.',
  renewalResumed: 'Renewal is back on: your {tier} plan renews on {date}.',
  paid: {
    pack: 'Thank you! {credits, plural, one {# credit was} other {# credits were}} added. Available now: {available, plural, one {# credit} other {# credits}}.',
    packPending: 'Thank you! Your payment for {credits, plural, one {# credit} other {# credits}} is received; the credits will be on your balance in a moment (/balance).',
    subscription: 'Thank you! Your {tier} plan is on until {date}, with {allowance, plural, one {# credit} other {# credits}} added. Available now: {available, plural, one {# credit} other {# credits}}.',
    subscriptionPending: 'Thank you! Your {tier} plan is on until {date}; its credits ({allowance, plural, one {# credit} other {# credits}}) will be on your balance in a moment (/balance).',
    renewal: 'Your {tier} plan renewed until {date}: {allowance, plural, one {# credit} other {# credits}} added. Available now: {available, plural, one {# credit} other {# credits}}.',
    renewalPending: 'Your {tier} plan renewed until {date}; its credits ({allowance, plural, one {# credit} other {# credits}}) will be on your balance in a moment (/balance).',
    mismatch: 'Your payment arrived, but it does not match our price for this offer, so nothing was added. It is recorded; please write to support for a refund.',
  },
  refunded: 'Your payment of {stars, plural, one {# Star} other {# Stars}} was refunded; what it added is taken back from your balance.',
  refusal: {
    unknown_offer: 'This offer is no longer available. Please open /buy or /subscribe again.',
    offer_changed: 'The price of this offer has changed. Please open /buy or /subscribe again for the current price.',
    amount_mismatch: 'This payment does not match our price for the offer. Please open /buy or /subscribe again.',
    wrong_payer: 'This invoice was made for another account. Please open /buy or /subscribe yourself.',
    not_registered: 'Please send /start first, then buy.',
    blocked: 'Payments are not available for this account. Please contact support.',
    already_subscribed: 'You already have a plan running. See /billing.',
    busy: 'We could not check this payment in time. Nothing was charged; please try again.',
  },
  tiers: { basic: 'Basic', pro: 'Pro' },
};

type Messages = typeof en;

const ru: Messages = {
  commands: {
    buy: 'Купить кредиты',
    subscribe: 'Тарифы с оплатой помесячно',
    billing: 'Ваша подписка',
  },
  buyIntro: 'Пакеты кредитов. Кредиты идут на расклады и конвертации и не сгорают.\n\n{packs}\n\nОплата ⭐ Telegram Stars{card}:',
  buyCard: ' или 💳 картой',
  packLine: '• {credits, plural, one {# кредит} few {# кредита} other {# кредитов}}: {stars, plural, one {# звезда} few {# звезды} other {# звёзд}}{usd}',
  packLineUsd: ' или {usd}',
  packStarsButton: '⭐ {credits} · {stars, plural, one {# звезда} few {# звезды} other {# звёзд}}',
  packCardButton: '💳 {credits} · {usd}',
  packTitle: '{credits, plural, one {# кредит} few {# кредита} other {# кредитов}}',
  packDescription: '{credits, plural, one {# кредит} few {# кредита} other {# кредитов}} на ваш баланс для раскладов Таро и конвертации аудио. Кредиты не сгорают.',
  subscribeIntro: 'Тарифы: кредиты каждые 30 дней, более длинные видео и улучшение звука.\n\n{plans}\n\nПодписка за ⭐ Telegram Stars{card}. Отменить можно в любой момент в /billing.',
  planLine: '• {tier}: {allowance, plural, one {# кредит} few {# кредита} other {# кредитов}} в месяц, {stars, plural, one {# звезда} few {# звезды} other {# звёзд}} в месяц{usd}',
  planStarsButton: '⭐ {tier} · {stars, plural, one {# звезда} few {# звезды} other {# звёзд}} / мес.',
  planCardButton: '💳 {tier} · {usd} / мес.',
  planTitle: 'Тариф {tier}, помесячно',
  planDescription: '{allowance, plural, one {# кредит} few {# кредита} other {# кредитов}} каждые 30 дней, более длинные видео и улучшение звука. Продлевается каждые 30 дней, пока вы не отмените в /billing.',
  alreadySubscribed: 'У вас уже есть тариф {tier} до {date}. См. /billing.',
  billingNone: 'У вас нет подписки. Тарифы — в /subscribe.',
  billingActive: 'Ваш тариф: {tier}, оплата в Telegram Stars ({stars, plural, one {# звезда} few {# звезды} other {# звёзд}} в месяц).\nСледующее продление — {date}.',
  billingCanceled: 'Ваш тариф: {tier}, оплата в Telegram Stars.\nПродление отменено: тариф действует до {date}.',
  billingCard: 'Ваш тариф: {tier}, оплата картой. Управлять им можно на сайте.',
  cancelButton: 'Отменить продление',
  resumeButton: 'Продлевать снова',
  renewalCanceled: 'Продление отменено. Тариф {tier} действует до {date}; звёзды больше не списываются.',
  renewalResumed: 'Продление снова включено: следующее продление тарифа {tier} — {date}.',
  paid: {
    pack: 'Спасибо! Начислено {credits, plural, one {# кредит} few {# кредита} other {# кредитов}}. Сейчас доступно: {available, plural, one {# кредит} few {# кредита} other {# кредитов}}.',
    packPending: 'Спасибо! Оплата за {credits, plural, one {# кредит} few {# кредита} other {# кредитов}} получена; кредиты появятся на балансе через минуту (/balance).',
    subscription: 'Спасибо! Тариф {tier} действует до {date}, начислено {allowance, plural, one {# кредит} few {# кредита} other {# кредитов}}. Сейчас доступно: {available, plural, one {# кредит} few {# кредита} other {# кредитов}}.',
    subscriptionPending: 'Спасибо! Тариф {tier} действует до {date}; кредиты по тарифу ({allowance, plural, one {# кредит} few {# кредита} other {# кредитов}}) появятся на балансе через минуту (/balance).',
    renewal: 'Тариф {tier} продлён до {date}: начислено {allowance, plural, one {# кредит} few {# кредита} other {# кредитов}}. Сейчас доступно: {available, plural, one {# кредит} few {# кредита} other {# кредитов}}.',
    renewalPending: 'Тариф {tier} продлён до {date}; кредиты по тарифу ({allowance, plural, one {# кредит} few {# кредита} other {# кредитов}}) появятся на балансе через минуту (/balance).',
    mismatch: 'Оплата пришла, но не совпадает с нашей ценой за это предложение, поэтому ничего не начислено. Платёж записан; напишите в поддержку, чтобы вернуть деньги.',
  },
  refunded: 'Ваш платёж на {stars, plural, one {# звезду} few {# звезды} other {# звёзд}} возвращён; начисленное по нему списано с баланса.',
  refusal: {
    unknown_offer: 'Это предложение больше недоступно. Откройте /buy или /subscribe ещё раз.',
    offer_changed: 'Цена этого предложения изменилась. Откройте /buy или /subscribe ещё раз, чтобы увидеть текущую.',
    amount_mismatch: 'Сумма не совпадает с нашей ценой за это предложение. Откройте /buy или /subscribe ещё раз.',
    wrong_payer: 'Этот счёт выставлен другому аккаунту. Откройте /buy или /subscribe сами.',
    not_registered: 'Сначала отправьте /start, потом оплачивайте.',
    blocked: 'Оплата для этого аккаунта недоступна. Обратитесь в поддержку.',
    already_subscribed: 'У вас уже действует тариф. См. /billing.',
    busy: 'Не удалось вовремя проверить платёж. Ничего не списано; попробуйте ещё раз.',
  },
  tiers: { basic: 'Basic', pro: 'Pro' },
};

/** Every payments text per language (for the checks that read them all). */
export const PAYMENT_TEXTS: Record<Language, Messages> = { en, ru };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type PaymentTextKey = Leaves<Messages>;

export function paymentText(language: Language, key: PaymentTextKey, values: Record<string, string | number> = {}): string {
  return fillMessage(language, PAYMENT_TEXTS[language], key, values);
}

/** A plan's name as the bot shows it. */
export const tierName = (language: Language, tier: PaidTier): string => PAYMENT_TEXTS[language].tiers[tier];

/** A card price from cents: "$2.99" / "2,99 $". */
export function formatUsd(language: Language, cents: number): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : language, { style: 'currency', currency: 'USD' }).format(cents / 100);
}

/** A date the bot shows for a plan's period end. */
export const planDate = (language: Language, iso: string): string => formatDate(iso, language);
