import { describe, expect, it } from 'vitest';
import { formatUsd, PAYMENT_TEXTS, paymentText } from './payments';
import type { PaymentTextKey } from './payments';

function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

describe('payments texts', () => {
  it('both languages have every text, and every placeholder is filled', () => {
    expect(keys(PAYMENT_TEXTS.ru)).toEqual(keys(PAYMENT_TEXTS.en));
    const values = { credits: 5, stars: 5, available: 5, allowance: 5, tier: 'Basic', date: '1 Jan 2027', usd: '$1', packs: '…', plans: '…', card: '' };
    for (const lang of ['en', 'ru'] as const) {
      for (const key of keys(PAYMENT_TEXTS[lang])) expect(paymentText(lang, key as PaymentTextKey, values), `${lang} ${key}`).not.toMatch(/[{}]/);
    }
  });

  it('Stars and credits take the right plural forms', () => {
    const line = (lang: 'en' | 'ru', n: number) => paymentText(lang, 'packLine', { credits: n, stars: n, usd: '' });
    expect([1, 2, 5].map((n) => line('en', n))).toEqual(['• 1 credit: 1 Star', '• 2 credits: 2 Stars', '• 5 credits: 5 Stars']);
    expect([1, 3, 5, 21].map((n) => line('ru', n))).toEqual(['• 1 кредит: 1 звезда', '• 3 кредита: 3 звезды', '• 5 кредитов: 5 звёзд', '• 21 кредит: 21 звезда']);
    expect(paymentText('ru', 'refunded', { stars: 1 })).toMatch(/^Ваш платёж на 1 звезду возвращён/);
    expect(paymentText('ru', 'refunded', { stars: 350 })).toMatch(/^Ваш платёж на 350 звёзд возвращён/);
  });

  it('card prices read as money in each language', () => {
    expect(formatUsd('en', 299)).toBe('$2.99');
    expect(formatUsd('ru', 1999)).toMatch(/^19,99\s\$$/);
  });
});
