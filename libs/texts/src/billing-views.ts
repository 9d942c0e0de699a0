import type { Language } from '@app/domain';
import { fillMessage } from './format';

/** What /invoices (the user's payments) and /referrals (their invitations) say, in English and Russian. */
const en = {
  commands: {
    invoices: 'Your payments',
    referrals: 'Invite friends',
  },
  invoicesEmpty: 'You have no payments yet. Credits and plans are in /buy and /subscribe.',
  invoicesTitle: 'Your payments, newest first ({from}–{to}):',
  /** All of them fit on one page: no range to give. */
  invoicesTitleAll: 'Your payments, newest first:',
  /** One payment: number, date, what it bought, the amount, its status. */
  invoiceLine: '{n}. {date} · {what} · {amount} · {status}',
  invoiceRefunded: '   Refunded: {amount}',
  invoiceCharge: '   Telegram charge: {charge}',
  invoiceButton: '🧾 {n} · Invoice',
  pdfButton: '📄 {n} · PDF',
  olderButton: 'Older ›',
  newerButton: '‹ Newer',
  what: {
    pack: '{credits, plural, one {# credit} other {# credits}}',
    subscription: '{tier} plan, 1 month',
    unknown: 'an offer we no longer sell',
  },
  stars: '{stars, plural, one {# Star} other {# Stars}}',
  status: {
    paid: 'paid',
    partially_refunded: 'partly refunded',
    refunded: 'refunded',
    disputed: 'disputed',
    dispute_won: 'dispute won',
    dispute_lost: 'dispute lost',
  },
  mismatch: {
    amount_mismatch: 'not credited: the amount did not match',
    currency_mismatch: 'not credited: the currency did not match',
    unknown_offer: 'not credited: unknown offer',
  },
  referrals: [
    'Invite friends with your link:',
    '{link}',
    '',
    'When a friend joins through it and makes their first payment, you get {referrer, plural, one {# credit} other {# credits}} and your friend gets {referee, plural, one {# credit} other {# credits}}.',
    '',
    'Joined through your link: {invited, plural, one {# person} other {# people}}',
    'Of them paid: {paid}',
    'You earned: {earned, plural, one {# credit} other {# credits}}',
  ].join('\n'),
  referralsRecent: 'Recently joined:',
  referee: {
    paid: '• {name} · joined {date} · paid',
    joined: '• {name} · joined {date} · no payment yet',
  },
  aFriend: 'a friend',
};

type Messages = typeof en;

const ru: Messages = {
  commands: {
    invoices: 'Ваши платежи',
    referrals: 'Пригласить друзей',
  },
  invoicesEmpty: 'Платежей пока нет. Кредиты и тарифы — в /buy и /subscribe.',
  invoicesTitle: 'Ваши платежи, сначала новые ({from}–{to}):',
  invoicesTitleAll: 'Ваши платежи, сначала новые:',
  invoiceLine: '{n}. {date} · {what} · {amount} · {status}',
  invoiceRefunded: '   Возвращено: {amount}',
  invoiceCharge: '   Платёж в Telegram: {charge}',
  invoiceButton: '🧾 {n} · Счёт',
  pdfButton: '📄 {n} · PDF',
  olderButton: 'Раньше ›',
  newerButton: '‹ Позже',
  what: {
    pack: '{credits, plural, one {# кредит} few {# кредита} many {# кредитов} other {# кредита}}',
    subscription: 'тариф {tier} на месяц',
    unknown: 'предложение, которого больше нет',
  },
  stars: '{stars, plural, one {# звезда} few {# звезды} many {# звёзд} other {# звезды}}',
  status: {
    paid: 'оплачено',
    partially_refunded: 'частично возвращено',
    refunded: 'возвращено',
    disputed: 'оспаривается',
    dispute_won: 'спор закрыт, платёж в силе',
    dispute_lost: 'спор закрыт, деньги возвращены банком',
  },
  mismatch: {
    amount_mismatch: 'не начислено: сумма не совпала',
    currency_mismatch: 'не начислено: валюта не совпала',
    unknown_offer: 'не начислено: неизвестное предложение',
  },
  referrals: [
    'Приглашайте друзей по своей ссылке:',
    '{link}',
    '',
    'Когда друг придёт по ней и впервые что-нибудь оплатит, вы получите {referrer, plural, one {# кредит} few {# кредита} many {# кредитов} other {# кредита}}, а друг — {referee, plural, one {# кредит} few {# кредита} many {# кредитов} other {# кредита}}.',
    '',
    'Пришли по вашей ссылке: {invited, plural, one {# человек} few {# человека} many {# человек} other {# человека}}',
    'Из них оплатили: {paid}',
    'Вы заработали: {earned, plural, one {# кредит} few {# кредита} many {# кредитов} other {# кредита}}',
  ].join('\n'),
  referralsRecent: 'Недавно пришли:',
  referee: {
    paid: '• {name} · с {date} · есть оплата',
    joined: '• {name} · с {date} · оплаты пока нет',
  },
  aFriend: 'друг',
};

/** Every /invoices and /referrals text per language (for the checks that read them all). */
export const BILLING_VIEW_TEXTS: Record<Language, Messages> = { en, ru };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type BillingViewTextKey = Leaves<Messages>;

export function billingViewText(language: Language, key: BillingViewTextKey, values: Record<string, string | number> = {}): string {
  return fillMessage(language, BILLING_VIEW_TEXTS[language], key, values);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in a currency's smallest unit as people read it: Stars as a counted word
 * ("350 Stars" / "350 звёзд"), money through Intl ("$4.99" / "4,99 $"), with the currency's own
 * number of decimals.
 */
export function formatAmount(language: Language, amountMinor: number, currency: string): string {
  const code = currency.toUpperCase();
  if (code === 'XTR') return billingViewText(language, 'stars', { stars: amountMinor });
  const key = `${language}:${code}`;
  let format = moneyFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(language === 'en' ? 'en-US' : language, { style: 'currency', currency: code });
    } catch {
      // Not an ISO currency Intl knows: the amount as recorded, with the code.
      return `${amountMinor} ${code}`;
    }
    moneyFormats.set(key, format);
  }
  return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
