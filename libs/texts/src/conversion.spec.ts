import { describe, expect, it } from 'vitest';
import { CONVERSION_TEXTS, conversionText, formatMegabytes, formatSpan, refusalText } from './conversion';
import { formatDate, formatMessage, pluralCategory, shorten } from './format';
import type { ConversionTextKey } from './conversion';
import { activityText, MESSAGES, MessageKey, t } from './bot';

/** The counts whose plural forms differ: English 1 / other; Russian 1, 21 / 2, 3, 22 / 5, 11. */
const COUNTS = [1, 2, 3, 5, 11, 21, 22];
const NUMERIC = ['available', 'reserved', 'credits', 'needed', 'price', 'length', 'cards', 'parts', 'position', 'attempt', 'max', 'seconds', 'percent', 'limit', 'part', 'n'];

/** Every dotted key of a message table whose value is a string. */
function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : Array.isArray(v) ? [] : keys(v as object, `${prefix}${k}.`)));
}

/** Every text rendered with every count: what a reader checks by eye (PRINT_TEXTS=1 prints it). */
function renderAll(): { lang: 'en' | 'ru'; key: string; n: number; text: string }[] {
  const out: { lang: 'en' | 'ru'; key: string; n: number; text: string }[] = [];
  for (const lang of ['en', 'ru'] as const) {
    for (const n of COUNTS) {
      const values = { ...Object.fromEntries(NUMERIC.map((k) => [k, n])), name: 'Anna', link: 'https://t.me/bot?start=ref_x', spread: lang === 'ru' ? 'Кельтский крест' : 'Celtic Cross', positions: 'a, b', title: 'clip', duration: '0:08', size: formatMegabytes(n * 1048576, lang), enhanceNote: '', format: 'mp3', enhanced: '', how: '…', detail: '…', message: 'rule', date: formatDate('2026-12-01', lang, 'short'), what: '…', amount: `−${n}`, entries: '…', file: 'clip.mp3', day: formatDate('2026-12-01', lang), keywords: 'x', language: 'English', reversals: 'on', deck: 'full', status: 'ok' };
      for (const key of keys(MESSAGES[lang])) out.push({ lang, key, n, text: t(lang, key as MessageKey, values) });
      for (const key of keys(CONVERSION_TEXTS[lang])) out.push({ lang, key: `conversion.${key}`, n, text: conversionText(lang, key as ConversionTextKey, values) });
    }
  }
  return out;
}

describe('texts, as a person reads them in English and Russian', () => {
  it('picks the plural form by CLDR rules (Intl.PluralRules)', () => {
    const credits = (lang: 'en' | 'ru', n: number) =>
      formatMessage(lang, lang === 'en' ? '{n, plural, one {# credit} other {# credits}}' : '{n, plural, one {# кредит} few {# кредита} other {# кредитов}}', { n });
    expect(COUNTS.map((n) => credits('en', n))).toEqual(['1 credit', '2 credits', '3 credits', '5 credits', '11 credits', '21 credits', '22 credits']);
    expect(COUNTS.map((n) => credits('ru', n))).toEqual(['1 кредит', '2 кредита', '3 кредита', '5 кредитов', '11 кредитов', '21 кредит', '22 кредита']);
    expect(credits('ru', 0)).toBe('0 кредитов');
    expect(pluralCategory('ru', 111)).toBe('many');
    expect(formatMessage('en', '{n, plural, =0 {none} other {#}}', { n: 0 })).toBe('none');
  });

  it('the balance, welcome, preview and insufficient texts agree with their numbers', () => {
    expect(t('ru', 'balanceEmpty', { available: 3, reserved: 0 })).toMatch(/^Доступно: 3 кредита\n/);
    expect(t('ru', 'balanceEmpty', { available: 21, reserved: 0 })).toMatch(/^Доступно: 21 кредит\n/);
    expect(t('ru', 'balanceEmpty', { available: 5, reserved: 0 })).toMatch(/^Доступно: 5 кредитов\n/);
    expect(t('en', 'balanceEmpty', { available: 1, reserved: 0 })).toMatch(/^Available: 1 credit\n/);
    expect(t('en', 'welcomeNew', { name: 'A', credits: 1 })).toMatch(/You have 1 welcome credit\./);
    expect(t('ru', 'welcomeNew', { name: 'A', credits: 22 })).toMatch(/22 приветственных кредита\./);
    expect(conversionText('en', 'preview', { title: 't', duration: '0:08', size: '1 MB', price: 1, enhanceNote: '' })).toMatch(/💳 1 credit\n/);
    expect(conversionText('ru', 'preview', { title: 't', duration: '0:08', size: '1 MB', price: 2, enhanceNote: '' })).toMatch(/💳 2 кредита\n/);
    expect(t('en', 'readingFailed.internal', { price: 1 })).toMatch(/Your 1 credit was not charged/);
    expect(t('en', 'readingFailed.internal', { price: 5 })).toMatch(/Your 5 credits were not charged/);
    expect(t('ru', 'spreadTooDear', { spread: 'Кельтский крест', needed: 5, available: 2 })).toMatch(/^Расклад «Кельтский крест» стоит 5 кредитов, а у вас 2 кредита\./);
  });

  it('no text claims that /daily earns credits, and prices come from the rules', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const text of [t(lang, 'insufficient', { needed: 5, available: 0 }), t(lang, 'spreadTooDear', { spread: 'x', needed: 5, available: 0 }), conversionText(lang, 'insufficient', { needed: 2, available: 0 })]) {
        expect(text).toMatch(/\/daily/);
        expect(text).not.toMatch(/earn|invite|заработ|пригласите/i);
      }
    }
    expect(t('en', 'help', { link: 'L' })).toMatch(/a tarot reading \(1–5 credits, depending on the spread\)/);
    expect(t('en', 'help', { link: 'L' })).toMatch(/1 credit per 10 minutes/);
    expect(t('ru', 'help', { link: 'L' })).toMatch(/\(1–5 кредитов, в зависимости от расклада\)/);
    expect(t('ru', 'help', { link: 'L' })).toMatch(/1 кредит за 10 минут/);
    expect(conversionText('en', 'enhanceNote')).toBe(' (incl. +1 for enhancement)');
  });

  it('every text in both languages renders with any count: no placeholder left, Russian in Russian', () => {
    const all = renderAll();
    if (process.env.PRINT_TEXTS) process.stdout.write(all.map((r) => `${r.lang} ${r.key} [${r.n}] ${r.text}`).join("\n") + "\n");
    for (const r of all) {
      expect(r.text, `${r.lang} ${r.key}`).not.toMatch(/[{}]|\bplural\b/);
      if (r.lang === 'ru' && !/^commands\.|^conversion\.(cancel|enhance)|^conversion\.historyConversion|^activity\.(line|held)$/.test(r.key)) {
        expect(r.text, r.key).toMatch(/[а-яё]|^[^a-z]*$/i);
      }
    }
    expect(keys(MESSAGES.ru).sort()).toEqual(keys(MESSAGES.en).sort());
    expect(keys(CONVERSION_TEXTS.ru).sort()).toEqual(keys(CONVERSION_TEXTS.en).sort());
  });

  it('credit history lines say what was bought, in the reader’s language', () => {
    const at = '2026-12-01T10:00:00.000Z';
    expect(activityText('en', { kind: 'reading', subjectId: 'r', spreadId: 'celtic_cross', amount: -5, status: 'charged', occurredAt: at })).toBe('1 Dec 2026 · Celtic Cross reading −5');
    expect(activityText('ru', { kind: 'reading', subjectId: 'r', spreadId: 'celtic_cross', amount: -5, status: 'charged', occurredAt: at })).toMatch(/^1 дек\. 2026 · Расклад «.+» −5$/);
    expect(activityText('en', { kind: 'conversion', subjectId: 'c', audio: { title: 'clip', format: 'mp3' }, amount: -1, status: 'charged', occurredAt: at })).toBe('1 Dec 2026 · Audio: clip.mp3 −1');
    expect(activityText('en', { kind: 'welcome', amount: 20, status: 'credited', occurredAt: at })).toBe('1 Dec 2026 · Welcome credits +20');
    expect(activityText('ru', { kind: 'welcome', amount: 20, status: 'credited', occurredAt: at })).toBe('1 дек. 2026 · Приветственные кредиты +20');
    expect(activityText('en', { kind: 'reading', subjectId: 'r', spreadId: 'one_card', amount: 0, status: 'returned', occurredAt: at })).toBe('1 Dec 2026 · One card reading: not charged');
    expect(activityText('ru', { kind: 'conversion', subjectId: 'c', amount: -2, status: 'held', occurredAt: at })).toBe('1 дек. 2026 · Аудио −2 (выполняется)');
  });

  it('every conversion message in Russian, with its numbers said by our formatters, has no English left', () => {
    const REFUSAL_DETAILS = { too_long: { durationSeconds: 725, maxDurationSeconds: 600 }, too_large: { estimatedBytes: 31.4 * 1048576, maxBytes: 25 * 1048576 } };
    const rendered: { key: string; text: string }[] = [];
    for (const n of COUNTS) {
      const values = {
        ...Object.fromEntries(NUMERIC.map((k) => [k, n])),
        title: 'Песня', format: 'mp3', date: formatDate('2026-12-01', 'ru', 'short'), duration: '12:05', link: 'https://t.me/bot?start=ref_x',
        size: formatMegabytes(n * 1048576 + 524288, 'ru'), enhanceNote: conversionText('ru', 'enhanceNote'), enhanced: conversionText('ru', 'enhancedMark'),
        how: conversionText('ru', 'fitSplit', { parts: n }), status: conversionText('ru', 'status.delivered'),
      };
      for (const key of keys(CONVERSION_TEXTS.ru)) {
        const reason = key.startsWith('refused.') ? key.slice('refused.'.length) : undefined;
        const text = reason
          ? refusalText('ru', { reason: reason as keyof typeof CONVERSION_TEXTS.ru.refused, ...(reason in REFUSAL_DETAILS ? { details: REFUSAL_DETAILS[reason as keyof typeof REFUSAL_DETAILS] } : {}) })
          : conversionText('ru', key as ConversionTextKey, values);
        rendered.push({ key, text });
      }
    }
    // The bot's own conversion texts (a tier changed under a preview), with the numbers our formatters say.
    rendered.push({ key: 'previewTooLong', text: t('ru', 'previewTooLong', { duration: '12:05', max: '10:00' }) });
    rendered.push({ key: 'previewTooLarge', text: t('ru', 'previewTooLarge', { size: formatMegabytes(31.4 * 1048576, 'ru'), max: formatMegabytes(25 * 1048576, 'ru') }) });
    // Latin that is no English: names (Telegram, tiers, formats), links, commands, the units' templates.
    const allowed = /https?:\/\/\S+|\/\w+|\b(?:Telegram|http|https|basic|pro|mp3|m4a|opus|ogg|flac|wav)\b/g;
    for (const { key, text } of rendered) {
      expect(text, key).not.toMatch(/[{}]/);
      expect(text.replace(allowed, ''), `ru ${key}: ${text}`).not.toMatch(/[a-z]/i);
    }
    expect(refusalText('ru', { reason: 'too_long', details: REFUSAL_DETAILS.too_long })).toBe('Видео слишком длинное для вашего тарифа: длительность — 12 минут 5 секунд, а предел — 10 минут.');
    expect(refusalText('ru', { reason: 'too_large', details: REFUSAL_DETAILS.too_large })).toBe('Видео слишком большое для вашего тарифа: около 31 МБ, а предел — 25 МБ.');
    expect(refusalText('en', { reason: 'too_long', details: REFUSAL_DETAILS.too_long })).toBe('That video is too long for your plan: it runs 12 minutes 5 seconds, and the limit is 10 minutes.');
    expect(refusalText('en', { reason: 'too_large', details: REFUSAL_DETAILS.too_large })).toBe('That video is too large for your plan: about 31 MB, and the limit is 25 MB.');
    expect([1, 2, 5, 21, 22].map((n) => formatSpan(n * 60, 'ru'))).toEqual(['1 минута', '2 минуты', '5 минут', '21 минута', '22 минуты']);
    expect([1, 3, 11, 45, 61].map((n) => formatSpan(n, 'ru'))).toEqual(['1 секунда', '3 секунды', '11 секунд', '45 секунд', '1 минута 1 секунда']);
    expect([60, 1, 90, 3600, 3 * 3600 + 120].map((n) => formatSpan(n, 'en'))).toEqual(['1 minute', '1 second', '1 minute 30 seconds', '1 hour', '3 hours 2 minutes']);
    expect([3600, 2 * 3600, 5 * 3600 + 1].map((n) => formatSpan(n, 'ru'))).toEqual(['1 час', '2 часа', '5 часов 1 секунда']);
    expect([1.5 * 1048576, 12 * 1048576, 300 * 1024].map((b) => formatMegabytes(b, 'ru'))).toEqual(['1,5 МБ', '12 МБ', '300 КБ']);
    expect([1.5 * 1048576, 12 * 1048576, 300 * 1024].map((b) => formatMegabytes(b, 'en'))).toEqual(['1.5 MB', '12 MB', '300 KB']);
  });

  it('dates are said as people write them in each language, never as ISO', () => {
    expect(formatDate('2026-12-01', 'ru')).toBe('1 декабря 2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-05-09T23:30:00.000Z', 'ru', 'short')).toBe('9 мая 2026');
    expect(formatDate('2026-12-01T00:10:00.000Z', 'en', 'short')).toBe('1 Dec 2026');
    expect(t('ru', 'dailyTitle', { day: formatDate('2026-12-01', 'ru') })).toBe('🌞 Ваша карта на 1 декабря 2026');
    expect(t('en', 'dailyTitle', { day: formatDate('2026-12-01', 'en') })).toBe('🌞 Your card for 1 December 2026');
    for (const r of renderAll()) expect(r.text, `${r.lang} ${r.key}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a conversion too dear says what fits; a re-sent conversion says it was charged; /convert alone says how', () => {
    expect(conversionText('en', 'insufficientWithoutEnhance', { needed: 2, available: 1, price: 1 })).toBe(
      'This conversion costs 2 credits, and you have 1. Without enhancement it costs 1 credit: switch enhancement off in the preview above and press Convert again.',
    );
    expect(conversionText('ru', 'insufficientWithoutEnhance', { needed: 3, available: 2, price: 2 })).toBe(
      'Конвертация стоит 3 кредита, а у вас 2 кредита. Без улучшения она стоит 2 кредита: выключите улучшение в превью выше и нажмите «Конвертировать» ещё раз.',
    );
    expect(conversionText('en', 'doneCached', { title: 'clip', price: 2 })).toBe('✅ Already converted — here it is again: clip\n2 credits charged.');
    expect(conversionText('ru', 'doneCached', { title: 'clip', price: 1 })).toBe('✅ Это видео уже конвертировано — вот тот же файл ещё раз: clip\nСписано: 1 кредит.');
    for (const lang of ['en', 'ru'] as const) {
      expect(conversionText(lang, 'doneCached', { title: 'clip', price: 1 })).not.toMatch(/cache|кэш/i);
      expect(conversionText(lang, 'convertUsage')).toMatch(/\/convert https:\/\//);
    }
  });

  it('shortens at a word boundary with an ellipsis, never mid-word', () => {
    expect(shorten('Will my new project at work succeed this year?', 30)).toBe('Will my new project at work…');
    expect(shorten('Что ждёт меня в отношениях с Андреем этой весной?', 30)).toBe('Что ждёт меня в отношениях с…');
    expect(shorten('short question', 30)).toBe('short question');
    expect(shorten('a'.repeat(40), 30)).toBe(`${'a'.repeat(29)}…`);
    expect(Array.from(shorten('🔮'.repeat(40), 10))).toHaveLength(10);
    for (const q of ['Will my new project at work succeed this year?', 'Стоит ли мне переезжать в другой город следующим летом?']) {
      const cut = shorten(q, 30);
      expect(cut.length).toBeLessThanOrEqual(30);
      expect(q.startsWith(cut.slice(0, -1))).toBe(true);
      expect(/\s/.test(q[cut.length - 1] ?? ' ')).toBe(true); // the cut ends where a word did
    }
  });
});
