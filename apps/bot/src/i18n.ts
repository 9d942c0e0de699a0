import type { DomainError, Language } from '@app/domain';
import { fillMessage } from '@app/infrastructure';

/** Every user-facing text of the bot, in English and Russian. `{name}` placeholders are filled by `t`. */
const en = {
  welcomeNew:
    'Welcome, {name}! 🌙\nYou have {credits} welcome credits.\n\nAsk the cards with /tarot, draw your free card of the day with /daily, or see /help.',
  welcomeBack: 'Welcome back, {name}! You have {available} credits available. See /help for what I can do.',
  referralNoted: 'You joined through a friend’s invitation — thank you!',
  help: [
    'What I can do:',
    '/tarot — a tarot reading (1–5 credits, depending on the spread)',
    '/daily — one free card a day',
    '/balance — your credits and recent movements',
    'Send a video link (or /convert <link>) — get its audio back (1 credit per 10 minutes)',
    '/history — your last readings',
    '/settings — language, reversed cards, deck',
    '/cancel — stop what we are doing',
    '',
    'Invite friends with your link: {link}',
  ].join('\n'),
  balance: 'Available: {available} credits\nReserved: {reserved}\n\nRecent:\n{entries}',
  balanceEmpty: 'Available: {available} credits\nReserved: {reserved}\n\nNo movements yet.',
  chooseSpread: 'Choose a spread:',
  spreadButton: '{name} · {price} cr.',
  askQuestion: '{spread}: type your question (1–500 characters). /cancel to stop.',
  extendHint: 'Or extend it to {cards} cards first, adding: {positions}.',
  extendButton: 'Extend to {cards} cards · {price} cr.',
  questionLength: 'Your question has {length} characters; please keep it between 1 and 500.',
  crisis: [
    'It sounds like you are going through something very painful. I won’t do a reading for this, and you haven’t been charged.',
    'You don’t have to face it alone. Please reach out to someone you trust, or a crisis line:',
    '• International directory: https://findahelpline.com',
    '• US: call or text 988 · UK & Ireland: Samaritans 116 123',
    '• If you are in immediate danger, call your local emergency number.',
  ].join('\n'),
  insufficient: 'This spread costs {needed} credits and you have {available}. Draw your free /daily card, or invite friends with your link to earn more: {link}',
  reading: '🔮 Reading the cards…',
  readingFailed: {
    llm_failed: 'The interpretation could not be written right now. Your {price} credits were not charged — please try again in a little while.',
    llm_timeout: 'The interpretation took too long. Your {price} credits were not charged — please try again.',
    llm_blocked: 'The interpretation did not pass our checks, so I withdrew it. Your {price} credits were not charged.',
    delivery_failed: 'I could not deliver the reading. Your {price} credits were not charged.',
    insufficient_credits: 'Not enough credits.',
    internal: 'Something went wrong on my side. Your {price} credits were not charged.',
  },
  dailyTitle: '🌞 Your card for {day}',
  dailyAgain: '(You already drew today’s card — here it is again.)',
  reversedMark: 'reversed',
  keywords: 'Keywords: {keywords}',
  historyEmpty: 'Nothing yet. Try /tarot, or send a video link.',
  historyTitle: 'Your last readings (tap one to open it):',
  readingNotFound: 'That reading is not available.',
  settings: 'Settings:\nLanguage: {language}\nReversed cards: {reversals}\nDeck: {deck}',
  on: 'on',
  off: 'off',
  deckFull: 'full (78 cards)',
  deckMajor: 'major arcana only',
  settingsSaved: 'Saved.',
  cancelled: 'Cancelled.',
  nothingToCancel: 'Nothing to cancel.',
  unknown: 'I did not understand that. Try /tarot, /daily or /help.',
  textOnly: 'I can only read text: type your question after /tarot, send a video link, or see /help.',
  editedIgnored: 'I only read new messages, not edits — please send it again.',
  buttonExpired: 'That button no longer works. See /help.',
  rateLimited: 'You are sending messages a little too fast — please wait {seconds} s and try again.',
  busy: 'I am a bit busy right now — please try again in a moment.',
  /** Broken business rules, by `DomainError` code (see `domainErrorText`). */
  domainError: {
    invalid_command: 'That did not work: {message}.',
    insufficient_credits: 'You do not have enough credits for that. See /balance.',
    reservation_not_found: 'Those credits are no longer held for this request.',
    reservation_conflict: 'Those credits are already held for another request.',
    reservation_already_settled: 'That has already been settled.',
    payment_not_found: 'I could not find that payment.',
    payment_conflict: 'That payment does not match what was recorded before.',
    reason_required: 'A reason is required.',
    user_not_found: 'Please send /start first.',
    conversion_closed: 'Too late to cancel: the audio is already on its way.',
  },
  notRegistered: 'Please send /start first.',
  commands: {
    start: 'Start and get welcome credits',
    help: 'What I can do',
    balance: 'Your credits',
    convert: 'Video link → audio',
    tarot: 'A tarot reading',
    daily: 'Free card of the day',
    history: 'Your last readings',
    settings: 'Language, reversals, deck',
    cancel: 'Stop the current step',
  },
  questionEmpty: 'Your question has no readable text (only invisible or control characters). Please type it again, or /cancel.',
  previewTooLong: 'Your plan has changed since this preview: {duration} is over its {max} limit. Nothing was charged.',
  previewTooLarge: 'Your plan has changed since this preview: about {size} is over its {max} limit. Nothing was charged.',
  previewEnhanceGone: 'Your plan has changed since this preview and no longer includes enhancement: it is off now. Nothing was charged; confirm again to convert without it.',
};

type Messages = typeof en;

const ru: Messages = {
  welcomeNew:
    'Добро пожаловать, {name}! 🌙\nНа вашем счёте {credits} приветственных кредитов.\n\nСпросите карты через /tarot, вытяните бесплатную карту дня через /daily или загляните в /help.',
  welcomeBack: 'С возвращением, {name}! Доступно кредитов: {available}. Что я умею — в /help.',
  referralNoted: 'Вы пришли по приглашению друга — спасибо!',
  help: [
    'Что я умею:',
    '/tarot — расклад Таро (1–5 кредитов, в зависимости от расклада)',
    '/daily — одна бесплатная карта в день',
    '/balance — ваши кредиты и последние операции',
    'Пришлите ссылку на видео (или /convert <ссылка>) — получите звук (1 кредит за 10 минут)',
    '/history — ваши последние расклады',
    '/settings — язык, перевёрнутые карты, колода',
    '/cancel — прервать текущий шаг',
    '',
    'Приглашайте друзей по своей ссылке: {link}',
  ].join('\n'),
  balance: 'Доступно: {available} кредитов\nЗарезервировано: {reserved}\n\nПоследние операции:\n{entries}',
  balanceEmpty: 'Доступно: {available} кредитов\nЗарезервировано: {reserved}\n\nОпераций пока нет.',
  chooseSpread: 'Выберите расклад:',
  spreadButton: '{name} · {price} кр.',
  askQuestion: '{spread}: напишите ваш вопрос (от 1 до 500 символов). /cancel — отмена.',
  extendHint: 'Или сначала расширьте его до {cards} карт, добавив: {positions}.',
  extendButton: 'Расширить до {cards} карт · {price} кр.',
  questionLength: 'В вашем вопросе {length} символов; пожалуйста, уложитесь в 1–500.',
  crisis: [
    'Похоже, вам сейчас очень тяжело. Я не буду делать расклад на это, и кредиты не списаны.',
    'Вы не обязаны справляться с этим в одиночку. Пожалуйста, поговорите с близким человеком или позвоните на линию помощи:',
    '• Россия: 8-800-2000-122 (бесплатно, круглосуточно) · 051 с мобильного в Москве',
    '• Другие страны: https://findahelpline.com',
    '• Если вы в непосредственной опасности, звоните в экстренные службы: 112.',
  ].join('\n'),
  insufficient: 'Этот расклад стоит {needed} кредитов, а у вас {available}. Вытяните бесплатную карту /daily или пригласите друзей по своей ссылке: {link}',
  reading: '🔮 Читаю карты…',
  readingFailed: {
    llm_failed: 'Сейчас не получилось написать толкование. {price} кредитов не списаны — попробуйте чуть позже.',
    llm_timeout: 'Толкование писалось слишком долго. {price} кредитов не списаны — попробуйте ещё раз.',
    llm_blocked: 'Толкование не прошло наши проверки, поэтому я его убрал. {price} кредитов не списаны.',
    delivery_failed: 'Не удалось доставить расклад. {price} кредитов не списаны.',
    insufficient_credits: 'Недостаточно кредитов.',
    internal: 'У меня что-то пошло не так. {price} кредитов не списаны.',
  },
  dailyTitle: '🌞 Ваша карта на {day}',
  dailyAgain: '(Сегодняшняя карта уже вытянута — вот она снова.)',
  reversedMark: 'перевёрнутая',
  keywords: 'Ключевые слова: {keywords}',
  historyEmpty: 'Пока пусто. Попробуйте /tarot или пришлите ссылку на видео.',
  historyTitle: 'Ваши последние расклады (нажмите, чтобы открыть):',
  readingNotFound: 'Этот расклад недоступен.',
  settings: 'Настройки:\nЯзык: {language}\nПеревёрнутые карты: {reversals}\nКолода: {deck}',
  on: 'вкл.',
  off: 'выкл.',
  deckFull: 'полная (78 карт)',
  deckMajor: 'только Старшие арканы',
  settingsSaved: 'Сохранено.',
  cancelled: 'Отменено.',
  nothingToCancel: 'Отменять нечего.',
  unknown: 'Я не понял. Попробуйте /tarot, /daily или /help.',
  textOnly: 'Я читаю только текст: напишите вопрос после /tarot, пришлите ссылку на видео или загляните в /help.',
  editedIgnored: 'Я читаю только новые сообщения, а не правки — пожалуйста, отправьте его ещё раз.',
  buttonExpired: 'Эта кнопка больше не работает. Подробности — /help.',
  rateLimited: 'Вы пишете слишком быстро — подождите {seconds} с и попробуйте снова.',
  busy: 'Я сейчас немного занят — попробуйте через мгновение.',
  domainError: {
    invalid_command: 'Не получилось: запрос не прошёл проверку.',
    insufficient_credits: 'На это не хватает кредитов. Подробности — /balance.',
    reservation_not_found: 'Кредиты под этот запрос больше не удерживаются.',
    reservation_conflict: 'Эти кредиты уже удерживаются под другой запрос.',
    reservation_already_settled: 'Это уже учтено.',
    payment_not_found: 'Не удалось найти этот платёж.',
    payment_conflict: 'Этот платёж не совпадает с тем, что было записано раньше.',
    reason_required: 'Нужно указать причину.',
    user_not_found: 'Сначала отправьте /start.',
    conversion_closed: 'Отменить уже нельзя: аудио уже отправляется.',
  },
  notRegistered: 'Пожалуйста, сначала отправьте /start.',
  commands: {
    start: 'Начать и получить приветственные кредиты',
    help: 'Что я умею',
    balance: 'Ваши кредиты',
    convert: 'Ссылка на видео → аудио',
    tarot: 'Расклад Таро',
    daily: 'Бесплатная карта дня',
    history: 'Последние расклады',
    settings: 'Язык, перевёрнутые карты, колода',
    cancel: 'Прервать текущий шаг',
  },
  questionEmpty: 'В вашем вопросе нет читаемого текста (только невидимые или служебные символы). Напишите его ещё раз или отправьте /cancel.',
  previewTooLong: 'Ваш тариф изменился после этого превью: {duration} — больше его предела в {max}. Ничего не списано.',
  previewTooLarge: 'Ваш тариф изменился после этого превью: около {size} — больше его предела в {max}. Ничего не списано.',
  previewEnhanceGone: 'Ваш тариф изменился после этого превью и больше не включает улучшение: оно выключено. Ничего не списано; подтвердите ещё раз, чтобы конвертировать без него.',
};

export const MESSAGES: Record<Language, Messages> = { en, ru };

type Path<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends readonly string[] ? never : Path<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Path<Messages>;

export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fillMessage(MESSAGES[language], key, values);
}

/**
 * The one place a broken business rule becomes words for the user. Domain messages are English,
 * so only the English text quotes them; a conversion that has already finished gets its own line.
 */
export function domainErrorText(language: Language, error: DomainError): string {
  const finished = error.details.status === 'completed' || error.details.status === 'delivered';
  if (error.code === 'invalid_command' && finished) return t(language, 'domainError.conversion_closed');
  return t(language, `domainError.${error.code}`, { message: error.message });
}

export function languageOf(code: string | undefined): Language {
  return code?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
