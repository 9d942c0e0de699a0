import type { Language } from '@app/domain';

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The CLDR plural category of `count` in `language`: English one/other; Russian one/few/many/other. */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/**
 * Fills a message template: `{name}` takes a value; `{name, plural, one {# credit} other {# credits}}`
 * (ICU's plural form) takes the branch for the value's plural category in `language`, or `=N` for
 * exactly N, else `other`, with `#` standing for the number. Values are inserted as they are, never
 * read as templates; a placeholder without its value stays visible.
 */
export function formatMessage(language: Language, template: string, values: Record<string, string | number> = {}): string {
  let out = '';
  let i = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', i)) {
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open) + placeholder(language, template.slice(open + 1, close), values);
    i = close + 1;
  }
  return out + template.slice(i);
}

function placeholder(language: Language, body: string, values: Record<string, string | number>): string {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
  const name = plural ? plural[1]! : body.trim();
  const value = values[name];
  if (value === undefined) return `{${body}}`;
  if (!plural) return String(value);
  const count = Number(value);
  const branches = pluralBranches(body.slice(plural[0].length));
  const branch = branches.get(`=${count}`) ?? branches.get(pluralCategory(language, count)) ?? branches.get('other');
  if (branch === undefined) throw new Error(`plural {${name}} has no "other" branch`);
  return formatMessage(language, branch.replaceAll('#', String(value)), values);
}

/** `one {…} few {…} other {…}` → category (or `=N`) → branch text. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let match: RegExpExecArray | null;
  while ((match = selector.exec(text))) {
    const open = selector.lastIndex - 1;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    branches.set(match[1]!, text.slice(open + 1, close));
    selector.lastIndex = close + 1;
  }
  return branches;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Looks up a dotted key in a message table and fills it (see `formatMessage`). */
export function fillMessage(language: Language, table: unknown, key: string, values: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], table);
  return formatMessage(language, String(template), values);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` characters for a label: at the last word boundary that keeps at least
 * half of it (else mid-word, for text without spaces), with an ellipsis; never splits a character.
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(graphemes.segment(text.trim()), (g) => g.segment);
  if (chars.length <= max) return chars.join('');
  // A space at index i ends a word of the first i characters; max - 1 of them leave room for "…".
  const space = chars.slice(0, max).findLastIndex((c, i) => /\s/.test(c) && i >= max / 2);
  const cut = chars.slice(0, space > 0 ? space : max - 1).join('').replace(/[\s,.;:!?—–-]+$/u, '');
  return `${cut}…`;
}

/** 605 → "10:05", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day as people write it in the reader's language (the UTC day, like the daily card's):
 * long "1 December 2026" / "1 декабря 2026", short (lists, labels) "1 Dec 2026" / "1 дек. 2026".
 * Accepts a Date, an ISO timestamp or an ISO day ("2026-12-01").
 */
export function formatDate(date: Date | string, language: Language, style: 'long' | 'short' = 'long'): string {
  const key = `${language}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    // English as written outside the US (day first), like the Russian.
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  const parts = format.formatToParts(typeof date === 'string' ? new Date(date) : date);
  // Up to the year: Russian adds " г." after it, which is not how the day is read out.
  const year = parts.findIndex((p) => p.type === 'year');
  return parts.slice(0, year + 1).map((p) => p.value).join('');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` with `digits` decimals and the language's decimal sign: "1.5" / "1,5". */
export function formatNumber(language: Language, n: number, digits: number): string {
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })));
  return format.format(n);
}
