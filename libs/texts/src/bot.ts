import { CREDIT_MINUTES, MENU_SPREADS, QUESTION_MAX, QUESTION_MIN, spreadById } from '@app/domain';
import type { AudioFormat, DomainError, Language } from '@app/domain';
import { FORMAT_EXTENSION } from '@app/infrastructure';
import { conversionText } from './conversion';
import { fillMessage, formatDate, shorten } from './format';
import type { CreditActivityView } from '@app/infrastructure';

/** Every user-facing text of the bot, in English and Russian. `{name}` placeholders are filled by `t`. */
const en = {
  welcomeNew:
    'Welcome, {name}! 🌙\nYou have {credits, plural, one {# welcome credit} other {# welcome credits}}.\n\nAsk the cards with /tarot, draw your free card of the day with /daily, or see /help.',
  welcomeBack: 'Welcome back, {name}! You have {available, plural, one {# credit} other {# credits}} available. See /help for what I can do.',
  referralNoted: 'You joined through a friend’s invitation — thank you!',
  help: [
    'What I can do:',
    '/tarot — a tarot reading ({spreadMin}–{spreadMax, plural, one {# credit} other {# credits}}, depending on the spread)',
    '/daily — one free card a day',
    '/balance — your credits and recent movements',
    '/buy — buy credits · /subscribe — monthly plans · /billing — your subscription',
    '/invoices — your payments · /referrals — invite friends, see what you earned',
    'Send a video link (or /convert <link>) — get its audio back (1 credit per {creditMinutes, plural, one {minute} other {# minutes}})',
    '/history — your last readings and conversions',
    '/settings — language, reversed cards, deck',
    '/cancel — stop what we are doing',
    '',
    'Invite friends with your link: {link}',
  ].join('\n'),
  balance: 'Available: {available, plural, one {# credit} other {# credits}}\nHeld for requests in progress: {reserved}\n\nRecent:\n{entries}',
  balanceEmpty: 'Available: {available, plural, one {# credit} other {# credits}}\nHeld for requests in progress: {reserved}\n\nNo movements yet.',
  /** The lines of /balance's "Recent": what the credits paid for, or where they came from. */
  activity: {
    line: '{date} · {what} {amount}',
    held: '{date} · {what} {amount} (in progress)',
    returned: '{date} · {what}: not charged',
    reading: '{spread} reading',
    readingUnnamed: 'Tarot reading',
    conversion: 'Audio: {file}',
    conversionUnnamed: 'Audio',
    spent: 'Spent',
    welcome: 'Welcome credits',
    referral: 'Reward for an invitation',
    subscription: 'Subscription credits',
    admin: 'Credits from support',
    purchase: 'Credits bought',
    refund: 'Payment refunded',
    adjustment: 'Correction by support',
  },
  chooseSpread: 'Choose a spread:',
  spreadButton: '{name} · {price} cr.',
  askQuestion: '{spread}: type your question (up to {questionMax} characters). /cancel to stop.',
  extendHint: 'Or extend it to {cards, plural, one {# card} other {# cards}} first, adding: {positions}.',
  extendButton: 'Extend to {cards, plural, one {# card} other {# cards}} · {price} cr.',
  questionLength: 'Your question has {length, plural, one {# character} other {# characters}}; please keep it between {questionMin} and {questionMax}.',
  crisis: [
    'It sounds like you are going through something very painful. I won’t do a reading for this, and you haven’t been charged.',
    'You don’t have to face it alone. Please reach out to someone you trust, or a crisis line:',
    '• International directory: https://findahelpline.com',
    '• US: call or text 988 · UK & Ireland: Samaritans 116 123',
    '• If you are in immediate danger, call your local emergency number.',
  ].join('\n'),
  insufficient: 'This spread costs {needed, plural, one {# credit} other {# credits}}, and you have {available}. {getCredits}',
  /** At the spread press: before any question is asked. */
  spreadTooDear: '{spread} costs {needed, plural, one {# credit} other {# credits}}, and you have {available}. {getCredits}',
  spreadAffordable: 'Spreads within your credits:',
  reading: '🔮 Reading the cards…',
  readingFailed: {
    llm_failed: 'The interpretation could not be written right now. {price, plural, one {Your # credit was} other {Your # credits were}} not charged — please try again in a little while.',
    llm_timeout: 'The interpretation took too long. {price, plural, one {Your # credit was} other {Your # credits were}} not charged — please try again.',
    llm_blocked: 'The interpretation did not pass our checks, so I withdrew it. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    delivery_failed: 'I could not deliver the reading. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
    insufficient_credits: 'Not enough credits.',
    internal: 'Something went wrong on my side. {price, plural, one {Your # credit was} other {Your # credits were}} not charged.',
  },
  dailyTitle: '🌞 Your card for {day}',
  dailyAgain: '(You already drew today’s card — here it is again.)',
  historyEmpty: 'Nothing yet. Try /tarot, or send a video link.',
  historyTitle: 'Your last readings (tap one to open it):',
  readingNotFound: 'That reading is not available.',
  settings: 'Settings:\nLanguage: {language}\nReversed cards: {reversals}\nDeck: {deck}\n\nTap a button to change a setting (✓ marks the current choice).',
  on: 'on',
  off: 'off',
  deckFull: 'full (78 cards)',
  deckMajor: 'major arcana only (22 cards)',
  /** The settings buttons: each says what pressing it sets. */
  reversalsOnButton: 'Include reversed cards',
  reversalsOffButton: 'Upright cards only',
  deckFullButton: 'Full deck (78 cards)',
  deckMajorButton: 'Major arcana only (22)',
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
    'Добро пожаловать, {name}! 🌙\nНа вашем счёте {credits, plural, one {# приветственный кредит} few {# приветственных кредита} other {# приветственных кредитов}}.\n\nСпросите карты через /tarot, вытяните бесплатную карту дня через /daily или загляните в /help.',
  welcomeBack: 'С возвращением, {name}! Доступно кредитов: {available}. Что я умею — в /help.',
  referralNoted: 'Вы пришли по приглашению друга — спасибо!',
  help: [
    'Что я умею:',
    '/tarot — расклад Таро ({spreadMin}–{spreadMax, plural, one {# кредит} few {# кредита} other {# кредитов}}, в зависимости от расклада)',
    '/daily — одна бесплатная карта в день',
    '/balance — ваши кредиты и последние операции',
    '/buy — купить кредиты · /subscribe — тарифы · /billing — ваша подписка',
    '/invoices — ваши платежи · /referrals — пригласить друзей и посмотреть, сколько вы заработали',
    'Пришлите ссылку на видео (или /convert <ссылка>) — получите звук (1 кредит за {creditMinutes, plural, one {# минуту} few {# минуты} other {# минут}})',
    '/history — ваши последние расклады и конвертации',
    '/settings — язык, перевёрнутые карты, колода',
    '/cancel — прервать текущий шаг',
    '',
    'Приглашайте друзей по своей ссылке: {link}',
  ].join('\n'),
  balance: 'Доступно: {available, plural, one {# кредит} few {# кредита} other {# кредитов}}\nУдерживается под незавершённые запросы: {reserved}\n\nПоследние операции:\n{entries}',
  balanceEmpty: 'Доступно: {available, plural, one {# кредит} few {# кредита} other {# кредитов}}\nУдерживается под незавершённые запросы: {reserved}\n\nОпераций пока нет.',
  activity: {
    line: '{date} · {what} {amount}',
    held: '{date} · {what} {amount} (выполняется)',
    returned: '{date} · {what}: не списано',
    reading: 'Расклад «{spread}»',
    readingUnnamed: 'Расклад Таро',
    conversion: 'Аудио: {file}',
    conversionUnnamed: 'Аудио',
    spent: 'Списание',
    welcome: 'Приветственные кредиты',
    referral: 'Награда за приглашение',
    subscription: 'Кредиты по подписке',
    admin: 'Кредиты от поддержки',
    purchase: 'Покупка кредитов',
    refund: 'Возврат платежа',
    adjustment: 'Корректировка от поддержки',
  },
  chooseSpread: 'Выберите расклад:',
  spreadButton: '{name} · {price} кр.',
  askQuestion: '{spread}: напишите ваш вопрос (не длиннее {questionMax, plural, one {# символа} other {# символов}}). /cancel — отмена.',
  extendHint: 'Или сначала расширьте его до {cards, plural, one {# карты} other {# карт}}, добавив: {positions}.',
  extendButton: 'Расширить до {cards, plural, one {# карты} other {# карт}} · {price} кр.',
  questionLength: 'В вашем вопросе {length, plural, one {# символ} few {# символа} other {# символов}}; пожалуйста, уложитесь в {questionMin}–{questionMax, plural, one {# символ} few {# символа} other {# символов}}.',
  crisis: [
    'Похоже, вам сейчас очень тяжело. Я не буду делать расклад на это, и кредиты не списаны.',
    'Вы не обязаны справляться с этим в одиночку. Пожалуйста, поговорите с близким человеком или позвоните на линию помощи:',
    '• Россия: 8-800-2000-122 — детский телефон доверия, для детей, подростков и родителей (бесплатно, круглосуточно)',
    '• Москва: психологическая помощь — 051 со стационарного телефона, +7 (495) 051 с мобильного',
    '• Другие страны: https://findahelpline.com',
    '• Если вы в непосредственной опасности, звоните в экстренные службы: 112.',
  ].join('\n'),
  insufficient: 'Этот расклад стоит {needed, plural, one {# кредит} few {# кредита} other {# кредитов}}, а у вас {available, plural, one {# кредит} few {# кредита} other {# кредитов}}. {getCredits}',
  spreadTooDear: 'Расклад «{spread}» стоит {needed, plural, one {# кредит} few {# кредита} other {# кредитов}}, а у вас {available, plural, one {# кредит} few {# кредита} other {# кредитов}}. {getCredits}',
  spreadAffordable: 'Расклады, на которые хватает кредитов:',
  reading: '🔮 Читаю карты…',
  readingFailed: {
    llm_failed: 'Сейчас не получилось написать толкование. С вас ничего не списано — попробуйте чуть позже.',
    llm_timeout: 'Толкование писалось слишком долго. С вас ничего не списано — попробуйте ещё раз.',
    llm_blocked: 'Толкование не прошло наши проверки, поэтому я его убрал. С вас ничего не списано.',
    delivery_failed: 'Не удалось доставить расклад. С вас ничего не списано.',
    insufficient_credits: 'Недостаточно кредитов.',
    internal: 'У меня что-то пошло не так. С вас ничего не списано.',
  },
  dailyTitle: '🌞 Ваша карта на {day}',
  dailyAgain: '(Сегодняшняя карта уже вытянута — вот она снова.)',
  historyEmpty: 'Пока пусто. Попробуйте /tarot или пришлите ссылку на видео.',
  historyTitle: 'Ваши последние расклады (нажмите, чтобы открыть):',
  readingNotFound: 'Этот расклад недоступен.',
  settings: 'Настройки:\nЯзык: {language}\nПеревёрнутые карты: {reversals}\nКолода: {deck}\n\nНажмите кнопку, чтобы изменить настройку (✓ — текущий выбор).',
  on: 'включены',
  off: 'выключены',
  deckFull: 'полная (78 карт)',
  deckMajor: 'только старшие арканы (22 карты)',
  reversalsOnButton: 'Включать перевёрнутые карты',
  reversalsOffButton: 'Только прямые карты',
  deckFullButton: 'Полная колода (78 карт)',
  deckMajorButton: 'Только старшие арканы (22)',
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

/** Values every text may quote, taken from the rules that set them (never written into a text). */
const RULE_VALUES = {
  spreadMin: Math.min(...MENU_SPREADS.map((s) => s.price)),
  spreadMax: Math.max(...MENU_SPREADS.map((s) => s.price)),
  creditMinutes: CREDIT_MINUTES,
  questionMin: QUESTION_MIN,
  questionMax: QUESTION_MAX,
};

export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fillMessage(language, MESSAGES[language], key, { ...RULE_VALUES, getCredits: conversionText(language, 'getCredits'), ...values });
}

/** A line of /balance's "Recent" as a person reads it: "1 Dec 2026 · Celtic Cross reading −5". */
export function activityText(language: Language, line: CreditActivityView): string {
  const spread = line.spreadId ? spreadById(line.spreadId) : undefined;
  const what =
    line.kind === 'reading'
      ? spread
        ? t(language, 'activity.reading', { spread: spread.name[language] })
        : t(language, 'activity.readingUnnamed')
      : line.kind === 'conversion'
        ? line.audio
          ? t(language, 'activity.conversion', { file: `${shorten(line.audio.title, 40)}.${FORMAT_EXTENSION[line.audio.format as AudioFormat] ?? line.audio.format}` })
          : t(language, 'activity.conversionUnnamed')
        : t(language, `activity.${line.kind}`);
  const amount = line.amount > 0 ? `+${line.amount}` : `−${-line.amount}`;
  const form = line.status === 'held' ? 'held' : line.status === 'returned' ? 'returned' : 'line';
  return t(language, `activity.${form}`, { date: formatDate(line.occurredAt, language, 'short'), what, amount });
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
