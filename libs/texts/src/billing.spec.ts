import { describe, expect, it } from 'vitest';
import { BILLING_TEXTS, billingPageHtml, renewalFailedText } from './billing';

function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

describe('billing texts in English and Russian', () => {
  it('have the same keys in both languages, none left empty', () => {
    expect(keys(BILLING_TEXTS.ru)).toEqual(keys(BILLING_TEXTS.en));
    for (const lang of ['en', 'ru'] as const) for (const key of keys(BILLING_TEXTS[lang])) expect(key.split('.').reduce<any>((n, p) => n[p], BILLING_TEXTS[lang]).trim(), `${lang} ${key}`).not.toBe('');
  });

  it('the failed-renewal notice names the plan and the grace days in the right plural form', () => {
    expect(renewalFailedText('en', 'pro', 1)).toContain('You keep Pro for 1 more day;');
    expect(renewalFailedText('en', 'basic', 3)).toContain('You keep Basic for 3 more days;');
    expect([1, 3, 5, 21].map((n) => /ещё (\d+ \S+);/.exec(renewalFailedText('ru', 'pro', n))![1])).toEqual(['1 день', '3 дня', '5 дней', '21 день']);
  });

  it('the pages say what happens next, in the page’s language, escaped', () => {
    expect(billingPageHtml('en', 'success')).toMatch(/<html lang="en">.*Your credits appear in the bot in a moment/s);
    expect(billingPageHtml('ru', 'cancel')).toMatch(/<html lang="ru">.*Деньги не списаны/s);
    expect(billingPageHtml('en', 'return', 'https://t.me/bot?start="x"')).toContain('href="https://t.me/bot?start=&#34;x&#34;"');
    if (process.env.PRINT_TEXTS) for (const lang of ['en', 'ru'] as const) console.log(renewalFailedText(lang, 'basic', 3));
  });
});
