import type { Language, Suit } from '../card';
import { cardById } from '../deck';
import { headingName } from './names';
import { picker, seededRandom } from './random';
import { render } from './template';
import { toneOf } from './tone';

export interface DailyCardInput {
  cardId: string;
  reversed: boolean;
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  language: Language;
  /** Seeds the wording (e.g. the user and the day): the same card reads the same all day. */
  seed: string;
}

type Frames = Record<Language, readonly string[]>;

/** The card opening the day (`{card}` slots as in template.ts). */
export const DAILY_LEAD: Frames = {
  en: ['{card} {card=sets|set} the tone for today.', 'Today leans on {card}.', 'The day opens with {card}.', 'Carry {card} with you through today.'],
  ru: ['{card} {card=задаёт|задают} тон сегодняшнему дню.', 'Сегодня день опирается на {card:a}.', 'День открывается {card:i}.', 'Возьмите {card:a} с собой в этот день.'],
};

/** The first keyword read for the day (`{k1}`): a good card's as a focus, a blocked card's as a warning, a hard card's with care. */
export const DAILY_WORD: Record<Language, Record<'upright' | 'reversed' | 'hard', readonly string[]>> = {
  en: {
    upright: ['Keep “{k1}” in view today.', 'Let “{k1}” be the word of the day.', 'Watch for “{k1}” as the day unfolds.', 'Today, notice where “{k1}” shows up.'],
    reversed: ['Watch today for “{k1}”.', 'Today, catch “{k1}” early.', 'If “{k1}” turns up today, name it.', 'The trap of the day: “{k1}”.'],
    hard: ['Be gentle with “{k1}” today.', 'If “{k1}” is in the air today, go easy on yourself.', 'Meet “{k1}” with care today.', 'Give “{k1}” some room today.'],
  },
  ru: {
    upright: ['Держите сегодня в поле зрения одно: «{k1}».', 'Слово дня — «{k1}».', 'Сегодня присмотритесь, где проявится «{k1}».', 'Главное на сегодня — «{k1}».'],
    reversed: ['Сегодня остерегайтесь одного: «{k1}».', 'Ловушка дня — «{k1}».', 'Если сегодня всплывёт «{k1}», назовите это вслух.', 'Предупреждение на сегодня — «{k1}».'],
    hard: ['Бережнее сегодня с тем, что зовётся «{k1}».', 'Если сегодня в воздухе «{k1}», не торопите себя.', 'Встречайте сегодня «{k1}» бережно.', 'Дайте сегодня место тому, что зовётся «{k1}».'],
  },
};

/** One small thing to do today, by the card's suit (the majors have their own). */
const TODAY: Record<Language, Record<Suit | 'major', readonly string[]>> = {
  en: {
    wands: ['start the thing you keep postponing, for ten minutes', 'send the message that moves a plan forward', 'move your body for twenty minutes, then decide', 'say yes to one small invitation'],
    cups: ['tell someone one thing you appreciate about them', 'give yourself ten quiet minutes with how you feel', 'reach out to a person you miss', 'write down one feeling you have not said aloud'],
    swords: ['write the hard sentence down before you say it', 'ask one clear question instead of guessing', 'drop one worry you cannot act on today', 'check one fact before you judge it'],
    pentacles: ['do one practical task you have been avoiding', 'look at one bill or number honestly', 'eat, sleep and walk a little better than yesterday', 'finish one small thing with care'],
    major: ['give the card’s theme five minutes of honest thought', 'write one line tonight on where you met this card', 'notice one moment that fits this card', 'choose one small act that matches the card'],
  },
  ru: {
    wands: ['начните на десять минут то, что давно откладываете', 'отправьте сообщение, которое сдвинет план', 'подвигайтесь двадцать минут, а потом решайте', 'согласитесь на одно небольшое приглашение'],
    cups: ['скажите кому-нибудь, что вы в нём цените', 'побудьте десять минут наедине со своими чувствами', 'напишите человеку, по которому скучаете', 'запишите одно чувство, которое вы не высказали'],
    swords: ['запишите трудную фразу, прежде чем её произнести', 'задайте один ясный вопрос вместо догадок', 'отпустите тревогу, с которой сегодня ничего не сделать', 'проверьте один факт, прежде чем судить'],
    pentacles: ['сделайте одно практическое дело, которого избегали', 'честно посмотрите на один счёт или одну цифру', 'поешьте, поспите и пройдитесь чуть лучше, чем вчера', 'доведите до конца одно маленькое дело'],
    major: ['подумайте пять минут о теме этой карты', 'вечером запишите строку о том, где вы встретили эту карту', 'заметьте момент, который подходит к этой карте', 'выберите один небольшой поступок в духе этой карты'],
  },
};
export const DAILY_STEP: Frames = {
  en: ['👣 Today: {act}.', '👣 One small thing for today: {act}.', '👣 For today, {act}.', '👣 Before the day ends, {act}.'],
  ru: ['👣 Сегодня {act}.', '👣 Одно небольшое дело на сегодня: {act}.', '👣 До конца дня {act}.', '👣 На сегодня: {act}.'],
};

/** A close that speaks of the day's lean, not of fate. */
export const DAILY_CLOSE: Frames = {
  en: ['{card} {card=shows|show} the day’s current, not a fixed course.', 'Tomorrow is still open; {card} only {card=colours|colour} today.', 'Take {card} as the lean of the day, not a forecast.', 'What {card} {card=starts|start} today, your choices carry on.'],
  ru: [
    '{card} {card=показывает|показывают} течение дня, а не заданный курс.',
    'Завтра остаётся открытым: {card} лишь {card=окрашивает|окрашивают} сегодняшний день.',
    'Примите {card:a} как настрой дня, а не прогноз.',
    'То, что {card=начинает|начинают} {card} сегодня, продолжат ваши решения.',
  ],
};

/** The daily card's short reading: the card named, its meaning read for the day, one small thing to do today, a close. */
export function composeDailyCard(input: DailyCardInput): string {
  const card = cardById(input.cardId);
  if (!card) throw new Error(`unknown card ${input.cardId}`);
  const { language, reversed } = input;
  const pick = picker(seededRandom(`${input.seed}:${input.day}`));
  const side = reversed ? card.text[language].reversed : card.text[language].upright;
  const context = { language, cards: { card: { card, reversed } } };
  const k1 = side.keywords[0] ?? '';
  const mood = toneOf(card, reversed) === 'hard' ? (reversed ? 'reversed' : 'hard') : 'upright';
  const word = pick(DAILY_WORD[language][mood]).replace('{k1}', k1);
  const act = pick(TODAY[language][card.suit ?? 'major']);
  return [
    headingName(card, reversed, language),
    `${render(pick(DAILY_LEAD[language]), context)} ${side.meaning} ${word}`,
    render(pick(DAILY_STEP[language]), { ...context, values: { act } }),
    '',
    render(pick(DAILY_CLOSE[language]), context),
  ].join('\n');
}
