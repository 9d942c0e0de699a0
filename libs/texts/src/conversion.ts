import { conversionPrice, DEFAULT_TIER_LIMITS, TIERS } from '@app/domain';
import type { Language } from '@app/domain';
import type { LinkRefusal, RefusalDetails } from '@app/infrastructure';
import { fillMessage, formatNumber } from './format';

/** Every user-facing text about conversions (bot and worker), in English and Russian. */
const en = {
  inspecting: '🔎 Looking at the link…',
  preview: '🎬 {title}\n⏱ {duration} · {size}\n💳 {price, plural, one {# credit} other {# credits}}{enhanceNote}\n\nChoose the format and confirm.',
  sizeUnknown: 'size unknown',
  enhanceNote: ' (incl. +{enhanceCredits} for enhancement)',
  enhanceOn: '✨ Enhance: on',
  enhanceOff: 'Enhance: off',
  enhanceNotInTier: 'Enhancement (noise suppression + loudness) comes with the {enhanceTiers} plans.',
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
  getCredits: 'Buy credits with /buy, or get credits every month with a plan: /subscribe. The card of the day stays free: /daily',
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
  enhanceNotInTier: 'Улучшение (шумоподавление и выравнивание громкости) доступно на тарифах {enhanceTiers}.',
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
  getCredits: 'Купить кредиты — /buy, кредиты каждый месяц по тарифу — /subscribe. Карта дня по-прежнему бесплатна: /daily',
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

/** Credits' worth of enhancement, from the price rule: what the preview's note and the texts quote. */
const ENHANCE_CREDITS = conversionPrice(1, true) - conversionPrice(1, false);

/** The plans that include enhancement, from the tier table, as the language lists them: "basic and pro". */
const ENHANCE_TIERS = TIERS.filter((tier) => DEFAULT_TIER_LIMITS[tier].enhancement);
const enhanceTiers = (language: Language) => new Intl.ListFormat(language, { type: 'conjunction' }).format(ENHANCE_TIERS);

export function conversionText(language: Language, key: ConversionTextKey, values: Record<string, string | number> = {}): string {
  return fillMessage(language, TEXTS[language], key, { enhanceCredits: ENHANCE_CREDITS, enhanceTiers: enhanceTiers(language), getCredits: TEXTS[language].getCredits, ...values });
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
