import type { Language, PaidTier } from '@app/domain';
import { fillMessage } from './format';

/** What users read about card payments: the pages Stripe sends them back to, and billing notices in the bot. */
const en = {
  tier: { basic: 'Basic', pro: 'Pro' },
  successTitle: 'Payment received',
  successBody: 'Thank you! Your payment went through. Your credits appear in the bot in a moment — you can close this page and go back to Telegram.',
  cancelTitle: 'Payment canceled',
  cancelBody: 'Nothing was charged. You can start again from the bot whenever you like.',
  returnTitle: 'Billing settings saved',
  returnBody: 'Any change you made (card, plan or cancellation) shows in the bot in a moment. You can close this page.',
  backToBot: 'Back to the bot',
  renewalFailed:
    '⚠️ We could not renew your {tier} plan: the card payment failed. You keep {tier} for {days, plural, one {# more day} other {# more days}}; update your card in /billing to keep it after that.',
};

type Messages = typeof en;

const ru: Messages = {
  tier: { basic: 'Basic', pro: 'Pro' },
  successTitle: 'Оплата получена',
  successBody: 'Спасибо! Платёж прошёл. Кредиты появятся в боте через несколько секунд — эту страницу можно закрыть и вернуться в Telegram.',
  cancelTitle: 'Оплата отменена',
  cancelBody: 'Деньги не списаны. Начать заново можно в боте в любой момент.',
  returnTitle: 'Настройки оплаты сохранены',
  returnBody: 'Изменения (карта, тариф или отмена подписки) появятся в боте через несколько секунд. Эту страницу можно закрыть.',
  backToBot: 'Вернуться в бота',
  renewalFailed:
    '⚠️ Не удалось продлить тариф {tier}: платёж по карте не прошёл. {tier} сохранится ещё {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}; чтобы не потерять его, обновите карту в /billing.',
};

export const BILLING_TEXTS: Record<Language, Messages> = { en, ru };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type BillingTextKey = Leaves<Messages>;

export function billingText(language: Language, key: BillingTextKey, values: Record<string, string | number> = {}): string {
  return fillMessage(language, BILLING_TEXTS[language], key, values);
}

/** The bot's message when a renewal could not be charged. */
export function renewalFailedText(language: Language, tier: PaidTier, graceDays: number): string {
  return billingText(language, 'renewalFailed', { tier: billingText(language, `tier.${tier}`), days: graceDays });
}

/** Readable on a phone and a desktop, in light and dark mode; no external resources. */
const PAGE_STYLE = [
  ':root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
  'body{margin:0;min-height:100vh;display:grid;place-items:center;background:Canvas;color:CanvasText}',
  'main{max-width:32rem;margin:1.5rem;padding:2rem 2.25rem;border-radius:1rem;box-shadow:0 0.25rem 1.5rem rgb(0 0 0 / 12%);border-top:0.4rem solid #2e7d5b}',
  'main.cancel{border-top-color:#8a8f98}',
  'h1{margin:0 0 0.75rem;font-size:1.6rem}p{margin:0;line-height:1.5;font-size:1.05rem}a{display:inline-block;margin-top:1.25rem}',
].join('');

/** The small page Stripe sends the user back to (after Checkout, a canceled Checkout, the portal). */
export function billingPageHtml(language: Language, page: 'success' | 'cancel' | 'return', botUrl?: string): string {
  const title = billingText(language, `${page}Title`);
  const body = billingText(language, `${page}Body`);
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const link = botUrl ? `<p><a href="${escape(botUrl)}">${escape(billingText(language, 'backToBot'))}</a></p>` : '';
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escape(title)}</title><style>${PAGE_STYLE}</style></head><body><main class="${page}"><h1>${escape(title)}</h1><p>${escape(body)}</p>${link}</main></body></html>`
  );
}
