import { conversionPrice, Language, userAccount, userStream } from '@app/domain';
import { Markup } from 'telegraf';
import type { AggregateRunner } from '../event-store/aggregate-runner';
import type { LinkRefusal, RefusalDetails } from '../media/link-inspector';

/** Every user-facing text about conversions (bot and worker), in English and Russian. */
const en = {
  inspecting: '🔎 Looking at the link…',
  preview: '🎬 {title}\n⏱ {duration} · {size}\n💳 {price, plural, one {# credit} other {# credits}}{enhanceNote}\n\nChoose the format and confirm.',
  sizeUnknown: 'size unknown',
  enhanceNote: ' (incl. +{enhanceCredits} for enhancement)',
  enhanceOn: '✨ Enhance: on',
  enhanceOff: 'Enhance: off',
  enhanceNotInTier: 'Enhancement (noise suppression + loudness) comes with the basic and pro plans.',
  confirm: '✅ Convert · {price} cr.',
  cancel: '✖ Cancel',
  cancelJob: '✖ Cancel conversion',
  previewExpired: 'This preview has expired — send the link again.',
  previewCancelled: 'Cancelled. Nothing was charged.',
  insufficient: 'This conversion costs {needed, plural, one {# credit} other {# credits}}, and you have {available}. {getCredits}',
  /** Too dear with enhancement, affordable without it: the preview above stays open to change. */
  insufficientWithoutEnhance:
    'This conversion costs {needed, plural, one {# credit} other {# credits}}, and you have {available}. Without enhancement it costs {price, plural, one {# credit} other {# credits}}: switch enhancement off in the preview above and press Convert again.',
  /** The preview stays open after a conversion it could not pay for. */
  previewStillOpen: 'Nothing was charged; the preview above is still open.',
  /** `/convert` on its own: how to use it. */
  convertUsage: 'Send me a link to a video — paste it as a message, or after the command: /convert https://example.com/video — and I will send its audio back.',
  /** How a user gets more credits (said wherever credits run short; also in the bot's texts). */
  getCredits: 'Credits cannot be bought in the bot yet. The card of the day stays free: /daily',
  refused: {
    bad_url: 'That does not look like a valid link.',
    scheme: 'Only http and https links can be converted.',
    blocked_address: 'That link points to a private or internal address, so I will not fetch it.',
    dns_failed: 'I could not find that website (the address does not resolve).',
    playlist: 'That is a playlist. Send a link to a single video.',
    live: 'Live streams cannot be converted. Try again once the recording is available.',
    too_long: 'That video is too long for your plan: it runs {length}, and the limit is {max}.',
    too_large: 'That video is too large for your plan: about {size}, and the limit is {max}.',
    unsupported: 'I cannot get media from that link (the site is not supported, or the page has no video).',
    no_audio: 'That video has no audio track, so there is nothing to convert.',
    not_found: 'The link answered “not found”. Check it and send it again.',
    timeout: 'The site took too long to answer. Please try again later.',
    failed: 'I could not read that link right now. Please try again later.',
  },
  queued: '⏳ In the queue: position {position}.',
  queuedNext: '⏳ In the queue: you are next.',
  starting: '⚙️ Starting…',
  downloading: '⬇️ Downloading: {percent}%',
  downloadingBytes: '⬇️ Downloading: {size}',
  enhancing: '✨ Enhancing: {percent}%',
  converting: '🎛 Converting: {percent}%',
  fitting: '📦 The file is over Telegram’s {limit} MB limit — {how}.',
  fitReencode: 're-encoding at a lower bitrate to fit',
  fitSplit: 'splitting it into {parts, plural, one {# numbered part} other {# numbered parts}}',
  uploading: '⬆️ Uploading…',
  retrying: '🔁 Something went wrong; retrying (attempt {attempt} of {max})…',
  done: '✅ Done: {title}\n{format}{enhanced} · {size}',
  doneParts: '✅ Done: {title}\n{format}{enhanced} · {size} in {parts, plural, one {# part} other {# parts}} (over Telegram’s size limit)',
  doneReencoded: '✅ Done: {title}\n{format}{enhanced} · {size}, re-encoded at a lower bitrate to fit Telegram’s size limit',
  /** The same media, format and enhancement delivered before: the stored file again, charged as a conversion. */
  doneCached: '✅ Already converted — here it is again: {title}\n{price, plural, one {# credit} other {# credits}} charged.',
  enhancedMark: ', enhanced',
  partTitle: '{title} (part {part} of {parts})',
  failed: {
    download_failed: '❌ The download failed. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    too_large: '❌ The media is larger than your plan allows. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    timeout: '❌ The site was too slow and the download was stopped. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    unsupported: '❌ That link has no media I can convert. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    no_audio: '❌ The video has no audio track. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    cancelled: '✖ Cancelled. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    delivery_failed: '❌ I could not send the audio. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    internal: '❌ The conversion failed on our side. {price, plural, one {Your # credit was} other {Your # credits were}} not charged — please try again.',
  },
  historyConversion: '🎧 {date} · {title} · {format} · {status}',
  /** Units a length or a size is said in (see `formatSpan`, `formatMegabytes`). */
  units: {
    hours: '{n, plural, one {# hour} other {# hours}}',
    minutes: '{n, plural, one {# minute} other {# minutes}}',
    seconds: '{n, plural, one {# second} other {# seconds}}',
    kilobytes: '{n} KB',
    megabytes: '{n} MB',
  },
  status: {
    requested: 'waiting',
    queued: 'waiting',
    running: 'running',
    converting: 'converting',
    uploading: 'uploading',
    delivered: 'delivered',
    failed: 'failed',
  },
  /** A failed conversion's status in /history, by failure reason. */
  failedStatus: {
    download_failed: 'failed: the download broke off',
    too_large: 'failed: too large for the plan',
    timeout: 'failed: the site was too slow',
    unsupported: 'failed: no media found',
    no_audio: 'failed: no audio track',
    cancelled: 'cancelled',
    delivery_failed: 'failed: could not be sent',
    internal: 'failed: our error',
  },
};

type Messages = typeof en;

const ru: Messages = {
  inspecting: '🔎 Смотрю ссылку…',
  preview: '🎬 {title}\n⏱ {duration} · {size}\n💳 {price, plural, one {# кредит} few {# кредита} other {# кредитов}}{enhanceNote}\n\nВыберите формат и подтвердите.',
  sizeUnknown: 'размер неизвестен',
  enhanceNote: ' (включая +{enhanceCredits} за улучшение)',
  enhanceOn: '✨ Улучшение: вкл.',
  enhanceOff: 'Улучшение: выкл.',
  enhanceNotInTier: 'Улучшение (шумоподавление и выравнивание громкости) доступно на тарифах basic и pro.',
  confirm: '✅ Конвертировать · {price} кр.',
  cancel: '✖ Отмена',
  cancelJob: '✖ Отменить конвертацию',
  previewExpired: 'Это превью устарело — пришлите ссылку ещё раз.',
  previewCancelled: 'Отменено. Ничего не списано.',
  insufficient: 'Конвертация стоит {needed, plural, one {# кредит} few {# кредита} other {# кредитов}}, а у вас {available, plural, one {# кредит} few {# кредита} other {# кредитов}}. {getCredits}',
  insufficientWithoutEnhance:
    'Конвертация стоит {needed, plural, one {# кредит} few {# кредита} other {# кредитов}}, а у вас {available, plural, one {# кредит} few {# кредита} other {# кредитов}}. Без улучшения она стоит {price, plural, one {# кредит} few {# кредита} other {# кредитов}}: выключите улучшение в превью выше и нажмите «Конвертировать» ещё раз.',
  previewStillOpen: 'Ничего не списано, превью выше остаётся открытым.',
  convertUsage: 'Пришлите ссылку на видео — отдельным сообщением или после команды: /convert https://example.com/video — и я пришлю из него звук.',
  getCredits: 'Купить кредиты в боте пока нельзя. Карта дня по-прежнему бесплатна: /daily',
  refused: {
    bad_url: 'Это не похоже на корректную ссылку.',
    scheme: 'Конвертировать можно только ссылки http и https.',
    blocked_address: 'Ссылка ведёт на частный или внутренний адрес, поэтому я не буду её открывать.',
    dns_failed: 'Не удалось найти этот сайт (адрес не разрешается).',
    playlist: 'Это плейлист. Пришлите ссылку на одно видео.',
    live: 'Прямые трансляции конвертировать нельзя. Попробуйте, когда появится запись.',
    too_long: 'Видео слишком длинное для вашего тарифа: длительность — {length}, а предел — {max}.',
    too_large: 'Видео слишком большое для вашего тарифа: около {size}, а предел — {max}.',
    unsupported: 'По этой ссылке не удаётся получить медиа (сайт не поддерживается или на странице нет видео).',
    no_audio: 'В этом видео нет звуковой дорожки — конвертировать нечего.',
    not_found: 'Ссылка ответила «не найдено». Проверьте её и пришлите ещё раз.',
    timeout: 'Сайт слишком долго не отвечал. Попробуйте позже.',
    failed: 'Сейчас не получается прочитать ссылку. Попробуйте позже.',
  },
  queued: '⏳ В очереди: место {position}.',
  queuedNext: '⏳ В очереди: вы следующий.',
  starting: '⚙️ Начинаю…',
  downloading: '⬇️ Загрузка: {percent}%',
  downloadingBytes: '⬇️ Загрузка: {size}',
  enhancing: '✨ Улучшение: {percent}%',
  converting: '🎛 Конвертация: {percent}%',
  fitting: '📦 Файл больше лимита Telegram в {limit} МБ — {how}.',
  fitReencode: 'перекодирую с меньшим битрейтом',
  fitSplit: 'делю на {parts, plural, one {# пронумерованную часть} few {# пронумерованные части} other {# пронумерованных частей}}',
  uploading: '⬆️ Отправляю…',
  retrying: '🔁 Что-то пошло не так; повторяю (попытка {attempt} из {max})…',
  done: '✅ Готово: {title}\n{format}{enhanced} · {size}',
  doneParts: '✅ Готово: {title}\n{format}{enhanced} · {size}, {parts, plural, one {# часть} few {# части} other {# частей}} (больше лимита Telegram)',
  doneReencoded: '✅ Готово: {title}\n{format}{enhanced} · {size}, перекодировано с меньшим битрейтом под лимит Telegram',
  doneCached: '✅ Это видео уже конвертировано — вот тот же файл ещё раз: {title}\nСписано: {price, plural, one {# кредит} few {# кредита} other {# кредитов}}.',
  enhancedMark: ', улучшено',
  partTitle: '{title} (часть {part} из {parts})',
  failed: {
    download_failed: '❌ Загрузка не удалась. С вас ничего не списано.',
    too_large: '❌ Медиа больше, чем позволяет ваш тариф. С вас ничего не списано.',
    timeout: '❌ Сайт отвечал слишком медленно, загрузка остановлена. С вас ничего не списано.',
    unsupported: '❌ По ссылке нет медиа, которое я могу конвертировать. С вас ничего не списано.',
    no_audio: '❌ В видео нет звуковой дорожки. С вас ничего не списано.',
    cancelled: '✖ Отменено. С вас ничего не списано.',
    delivery_failed: '❌ Не удалось отправить аудио. С вас ничего не списано.',
    internal: '❌ Конвертация не удалась по нашей вине. С вас ничего не списано — попробуйте ещё раз.',
  },
  historyConversion: '🎧 {date} · {title} · {format} · {status}',
  units: {
    hours: '{n, plural, one {# час} few {# часа} other {# часов}}',
    minutes: '{n, plural, one {# минута} few {# минуты} other {# минут}}',
    seconds: '{n, plural, one {# секунда} few {# секунды} other {# секунд}}',
    kilobytes: '{n} КБ',
    megabytes: '{n} МБ',
  },
  status: {
    requested: 'ожидает',
    queued: 'ожидает',
    running: 'выполняется',
    converting: 'конвертируется',
    uploading: 'отправляется',
    delivered: 'доставлено',
    failed: 'ошибка',
  },
  failedStatus: {
    download_failed: 'не выполнено: загрузка прервалась',
    too_large: 'не выполнено: слишком большое для тарифа',
    timeout: 'не выполнено: сайт отвечал слишком медленно',
    unsupported: 'не выполнено: медиа не найдено',
    no_audio: 'не выполнено: нет звуковой дорожки',
    cancelled: 'отменено',
    delivery_failed: 'не выполнено: не удалось отправить',
    internal: 'не выполнено: ошибка на нашей стороне',
  },
};

/** Every conversion text per language (for the checks that read them all). */
export const CONVERSION_TEXTS: Record<Language, Messages> = { en, ru };
const TEXTS = CONVERSION_TEXTS;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ConversionTextKey = Leaves<Messages>;

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

/** Credits' worth of enhancement, from the price rule: what the preview's note and the texts quote. */
const ENHANCE_CREDITS = conversionPrice(1, true) - conversionPrice(1, false);

export function conversionText(language: Language, key: ConversionTextKey, values: Record<string, string | number> = {}): string {
  return fillMessage(language, TEXTS[language], key, { enhanceCredits: ENHANCE_CREDITS, getCredits: TEXTS[language].getCredits, ...values });
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

/** The cancel button a conversion's status message carries while it waits or runs. */
export function conversionCancelKeyboard(language: Language, conversionId: string) {
  return Markup.inlineKeyboard([[Markup.button.callback(conversionText(language, 'cancelJob'), `cv:x:${conversionId}`)]]);
}

/** The language a user reads the bot in (their setting), from the write side's cached state. */
export async function userLanguage(runner: AggregateRunner, userId: string): Promise<Language> {
  const { state } = await runner.state(userAccount, userStream(userId), { cached: true });
  return state.preferences.language;
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
function formatNumber(language: Language, n: number, digits: number): string {
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })));
  return format.format(n);
}

/** A size in the reader's language: "1.5 MB" / "1,5 МБ", "12 MB" / "12 МБ", "300 KB" / "300 КБ". */
export function formatMegabytes(bytes: number, language: Language): string {
  if (bytes < 1048576) return conversionText(language, 'units.kilobytes', { n: formatNumber(language, Math.max(1, Math.round(bytes / 1024)), 0) });
  return conversionText(language, 'units.megabytes', { n: formatNumber(language, bytes / 1048576, bytes < 10 * 1048576 ? 1 : 0) });
}

/**
 * A length in words in the reader's language, to the second: 600 → "10 minutes" / "10 минут",
 * 605 → "10 minutes 5 seconds" / "10 минут 5 секунд", 3600 → "1 hour" / "1 час", 45 → "45 seconds".
 */
export function formatSpan(seconds: number, language: Language): string {
  const s = Math.round(seconds);
  const parts: [ConversionTextKey, number][] = [
    ['units.hours', Math.floor(s / 3600)],
    ['units.minutes', Math.floor((s % 3600) / 60)],
    ['units.seconds', s % 60],
  ];
  const said = parts.filter(([, n]) => n > 0).map(([key, n]) => conversionText(language, key, { n }));
  return said.length > 0 ? said.join(' ') : conversionText(language, 'units.seconds', { n: 0 });
}

/**
 * What a link refusal says in the reader's language: the refusal's reason picks the text, and its
 * numbers (a length or a size against the tier's limit) are said in that language's words.
 */
export function refusalText(language: Language, refusal: { reason: LinkRefusal; details?: RefusalDetails }): string {
  const details = refusal.details;
  const values: Record<string, string> = {};
  if (details && 'durationSeconds' in details) Object.assign(values, { length: formatSpan(details.durationSeconds, language), max: formatSpan(details.maxDurationSeconds, language) });
  if (details && 'estimatedBytes' in details) Object.assign(values, { size: formatMegabytes(details.estimatedBytes, language), max: formatMegabytes(details.maxBytes, language) });
  return conversionText(language, `refused.${refusal.reason}`, values);
}
