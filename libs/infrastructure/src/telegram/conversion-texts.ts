import { Language, userAccount, userStream } from '@app/domain';
import { Markup } from 'telegraf';
import type { AggregateRunner } from '../command-handling/aggregate-runner';

/** Every user-facing text about conversions (bot and worker), in English and Russian. */
const en = {
  inspecting: '🔎 Looking at the link…',
  preview: '🎬 {title}\n⏱ {duration} · {size}\n💳 {price} credits{enhanceNote}\n\nChoose the format and confirm.',
  sizeUnknown: 'size unknown',
  enhanceNote: ' (incl. +1 for enhancement)',
  enhanceOn: '✨ Enhance: on',
  enhanceOff: 'Enhance: off',
  enhanceNotInTier: 'Enhancement (noise suppression + loudness) comes with the basic and pro plans.',
  confirm: '✅ Convert · {price} cr.',
  cancel: '✖ Cancel',
  cancelJob: '✖ Cancel conversion',
  previewExpired: 'This preview has expired — send the link again.',
  previewCancelled: 'Cancelled. Nothing was charged.',
  insufficient: 'This conversion costs {needed} credits and you have {available}. Draw your free /daily card, or invite friends to earn more: {link}',
  refused: {
    bad_url: 'That does not look like a valid link.',
    scheme: 'Only http and https links can be converted.',
    blocked_address: 'That link points to a private or internal address, so I will not fetch it.',
    dns_failed: 'I could not find that website (the address does not resolve).',
    playlist: 'That is a playlist. Send a link to a single video.',
    live: 'Live streams cannot be converted. Try again once the recording is available.',
    too_long: 'That video is too long for your plan: {detail}.',
    too_large: 'That video is too large for your plan: {detail}.',
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
  downloadingBytes: '⬇️ Downloading: {mb} MB',
  enhancing: '✨ Enhancing: {percent}%',
  converting: '🎛 Converting: {percent}%',
  fitting: '📦 The file is over Telegram’s {limit} MB limit — {how}.',
  fitReencode: 're-encoding at a lower bitrate to fit',
  fitSplit: 'splitting it into {parts} numbered parts',
  uploading: '⬆️ Uploading…',
  retrying: '🔁 Something went wrong; retrying (attempt {attempt} of {max})…',
  done: '✅ Done: {title}\n{format}{enhanced} · {size}',
  doneParts: '✅ Done: {title}\n{format}{enhanced} · {size} in {parts} parts (over Telegram’s size limit)',
  doneReencoded: '✅ Done: {title}\n{format}{enhanced} · {size}, re-encoded at a lower bitrate to fit Telegram’s size limit',
  doneCached: '✅ Sent from the cache: {title}',
  enhancedMark: ', enhanced',
  partTitle: '{title} (part {part} of {parts})',
  failed: {
    download_failed: '❌ The download failed. Your {price} credits were not charged.',
    too_large: '❌ The media is larger than your plan allows. Your {price} credits were not charged.',
    timeout: '❌ The site was too slow and the download was stopped. Your {price} credits were not charged.',
    unsupported: '❌ That link has no media I can convert. Your {price} credits were not charged.',
    no_audio: '❌ The video has no audio track. Your {price} credits were not charged.',
    cancelled: '✖ Cancelled. Your {price} credits were not charged.',
    delivery_failed: '❌ I could not send the audio. Your {price} credits were not charged.',
    internal: '❌ The conversion failed on our side. Your {price} credits were not charged — please try again.',
  },
  historyConversion: '🎧 {date} · {title} · {format} · {status}',
  status: {
    requested: 'waiting',
    queued: 'waiting',
    running: 'running',
    converting: 'converting',
    uploading: 'uploading',
    delivered: 'delivered',
    failed: 'failed',
  },
};

type Messages = typeof en;

const ru: Messages = {
  inspecting: '🔎 Смотрю ссылку…',
  preview: '🎬 {title}\n⏱ {duration} · {size}\n💳 {price} кредитов{enhanceNote}\n\nВыберите формат и подтвердите.',
  sizeUnknown: 'размер неизвестен',
  enhanceNote: ' (включая +1 за улучшение)',
  enhanceOn: '✨ Улучшение: вкл.',
  enhanceOff: 'Улучшение: выкл.',
  enhanceNotInTier: 'Улучшение (шумоподавление и выравнивание громкости) доступно на тарифах basic и pro.',
  confirm: '✅ Конвертировать · {price} кр.',
  cancel: '✖ Отмена',
  cancelJob: '✖ Отменить конвертацию',
  previewExpired: 'Это превью устарело — пришлите ссылку ещё раз.',
  previewCancelled: 'Отменено. Ничего не списано.',
  insufficient: 'Конвертация стоит {needed} кредитов, а у вас {available}. Вытяните бесплатную карту дня /daily или пригласите друзей: {link}',
  refused: {
    bad_url: 'Это не похоже на корректную ссылку.',
    scheme: 'Конвертировать можно только ссылки http и https.',
    blocked_address: 'Ссылка ведёт на частный или внутренний адрес, поэтому я не буду её открывать.',
    dns_failed: 'Не удалось найти этот сайт (адрес не разрешается).',
    playlist: 'Это плейлист. Пришлите ссылку на одно видео.',
    live: 'Прямые трансляции конвертировать нельзя. Попробуйте, когда появится запись.',
    too_long: 'Видео слишком длинное для вашего тарифа: {detail}.',
    too_large: 'Видео слишком большое для вашего тарифа: {detail}.',
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
  downloadingBytes: '⬇️ Загрузка: {mb} МБ',
  enhancing: '✨ Улучшение: {percent}%',
  converting: '🎛 Конвертация: {percent}%',
  fitting: '📦 Файл больше лимита Telegram в {limit} МБ — {how}.',
  fitReencode: 'перекодирую с меньшим битрейтом',
  fitSplit: 'делю на {parts} пронумерованные части',
  uploading: '⬆️ Отправляю…',
  retrying: '🔁 Что-то пошло не так; повторяю (попытка {attempt} из {max})…',
  done: '✅ Готово: {title}\n{format}{enhanced} · {size}',
  doneParts: '✅ Готово: {title}\n{format}{enhanced} · {size}, {parts} частей (больше лимита Telegram)',
  doneReencoded: '✅ Готово: {title}\n{format}{enhanced} · {size}, перекодировано с меньшим битрейтом под лимит Telegram',
  doneCached: '✅ Отправлено из кэша: {title}',
  enhancedMark: ', улучшено',
  partTitle: '{title} (часть {part} из {parts})',
  failed: {
    download_failed: '❌ Загрузка не удалась. {price} кредитов не списаны.',
    too_large: '❌ Медиа больше, чем позволяет ваш тариф. {price} кредитов не списаны.',
    timeout: '❌ Сайт отвечал слишком медленно, загрузка остановлена. {price} кредитов не списаны.',
    unsupported: '❌ По ссылке нет медиа, которое я могу конвертировать. {price} кредитов не списаны.',
    no_audio: '❌ В видео нет звуковой дорожки. {price} кредитов не списаны.',
    cancelled: '✖ Отменено. {price} кредитов не списаны.',
    delivery_failed: '❌ Не удалось отправить аудио. {price} кредитов не списаны.',
    internal: '❌ Конвертация не удалась по нашей вине. {price} кредитов не списаны — попробуйте ещё раз.',
  },
  historyConversion: '🎧 {date} · {title} · {format} · {status}',
  status: {
    requested: 'ожидает',
    queued: 'ожидает',
    running: 'выполняется',
    converting: 'конвертируется',
    uploading: 'отправляется',
    delivered: 'доставлено',
    failed: 'ошибка',
  },
};

const TEXTS: Record<Language, Messages> = { en, ru };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ConversionTextKey = Leaves<Messages>;

/** Looks up a dotted key in a message table and fills its `{name}` placeholders. */
export function fillMessage(table: unknown, key: string, values: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], table);
  return String(template).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function conversionText(language: Language, key: ConversionTextKey, values: Record<string, string | number> = {}): string {
  return fillMessage(TEXTS[language], key, values);
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

export function formatMegabytes(bytes: number): string {
  if (bytes < 1048576) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
}
