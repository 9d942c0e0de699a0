import { describe, expect, it } from 'vitest';
import { BILLING_VIEW_TEXTS, billingViewText, formatAmount } from './billing-views';
import type { BillingViewTextKey } from './billing-views';

function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

describe('/invoices and /referrals texts', () => {
  it('both languages have every text, and every placeholder is filled', () => {
    expect(keys(BILLING_VIEW_TEXTS.ru)).toEqual(keys(BILLING_VIEW_TEXTS.en));
    const values = { n: 1, from: 1, to: 5, date: '1 Jan 2027', what: '…', amount: '$1', status: 'paid', charge: 'ch', credits: 5, tier: 'Basic', stars: 5, link: 'https://t.me/x', referrer: 50, referee: 20, invited: 1, paid: 1, earned: 50, name: 'Ada' };
    for (const lang of ['en', 'ru'] as const) {
      for (const key of keys(BILLING_VIEW_TEXTS[lang])) expect(billingViewText(lang, key as BillingViewTextKey, values), `${lang} ${key}`).not.toMatch(/[{}]/);
    }
  });

  it('amounts read as money or as counted Stars in each language', () => {
    expect(formatAmount('en', 499, 'USD')).toBe('$4.99');
    expect(formatAmount('ru', 499, 'usd')).toMatch(/^4,99\s\$$/);
    expect([1, 2, 350].map((n) => formatAmount('en', n, 'XTR'))).toEqual(['1 Star', '2 Stars', '350 Stars']);
    expect([1, 3, 350, 21].map((n) => formatAmount('ru', n, 'XTR'))).toEqual(['1 звезда', '3 звезды', '350 звёзд', '21 звезда']);
  });

  it('people and credits take the right Russian plural forms', () => {
    const stats = (n: number) => billingViewText('ru', 'referrals', { link: 'x', referrer: n, referee: n, invited: n, paid: n, earned: n });
    expect(stats(1)).toContain('Пришли по вашей ссылке: 1 человек\n');
    expect(stats(3)).toContain('Пришли по вашей ссылке: 3 человека\n');
    expect(stats(5)).toContain('Пришли по вашей ссылке: 5 человек\n');
    expect(stats(21)).toMatch(/Вы заработали: 21 кредит$/);
    expect(stats(22)).toMatch(/Вы заработали: 22 кредита$/);
    expect(stats(50)).toContain('вы получите 50 кредитов, а друг — 50 кредитов.');
    expect(billingViewText('en', 'referrals', { link: 'x', referrer: 1, referee: 1, invited: 1, paid: 1, earned: 1 })).toMatch(/you get 1 credit and your friend gets 1 credit\.[\s\S]*1 person\n[\s\S]*You earned: 1 credit$/);
  });
});
