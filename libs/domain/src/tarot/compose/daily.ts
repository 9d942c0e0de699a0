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

/** One small thing to do today, by the card's suit (the majors have their own: MAJOR_TODAY). */
const TODAY: Record<Language, Record<Suit, readonly string[]>> = {
  en: {
    wands: ['start the thing you keep postponing, for ten minutes', 'send the message that moves a plan forward', 'move your body for twenty minutes, then decide', 'say yes to one small invitation'],
    cups: ['tell someone one thing you appreciate about them', 'give yourself ten quiet minutes with how you feel', 'reach out to a person you miss', 'write down one feeling you have not said aloud'],
    swords: ['write the hard sentence down before you say it', 'ask one clear question instead of guessing', 'drop one worry you cannot act on today', 'check one fact before you judge it'],
    pentacles: ['do one practical task you have been avoiding', 'look at one bill or number honestly', 'eat, sleep and walk a little better than yesterday', 'finish one small thing with care'],
  },
  ru: {
    wands: ['начните на десять минут то, что давно откладываете', 'отправьте сообщение, которое сдвинет план', 'подвигайтесь двадцать минут, а потом решайте', 'согласитесь на одно небольшое приглашение'],
    cups: ['скажите кому-нибудь, что вы в нём цените', 'побудьте десять минут наедине со своими чувствами', 'напишите человеку, по которому скучаете', 'запишите одно чувство, которое вы не высказали'],
    swords: ['запишите трудную фразу, прежде чем её произнести', 'задайте один ясный вопрос вместо догадок', 'отпустите тревогу, с которой сегодня ничего не сделать', 'проверьте один факт, прежде чем судить'],
    pentacles: ['сделайте одно практическое дело, которого избегали', 'честно посмотрите на один счёт или одну цифру', 'поешьте, поспите и пройдитесь чуть лучше, чем вчера', 'доведите до конца одно маленькое дело'],
  },
};
/** A major lying reversed: its theme is blocked or turned inward, so the day's thing loosens it. */
const REVERSED_MAJOR_TODAY: Record<Language, readonly string[]> = {
  en: ['name one thing you are holding back, and let a little of it out', 'ask for help with one thing you have been carrying alone', 'undo one small knot: a reply, a bill, an apology', 'rest for twenty minutes before you push again'],
  ru: ['назовите то, что вы сдерживаете, и дайте этому немного выхода', 'попросите помощи с тем, что тащите в одиночку', 'развяжите один маленький узел: ответ, счёт, извинение', 'отдохните двадцать минут, прежде чем снова давить'],
};

/** The majors' own small thing for today, upright, by card (each one read from the card's theme). */
export const MAJOR_TODAY: Record<Language, Readonly<Record<string, string>>> = {
  en: {
    'major-00': 'try one thing you have never done, however small',
    'major-01': 'pick one skill you already have and use it on purpose',
    'major-02': 'keep ten quiet minutes and listen to your first instinct',
    'major-03': 'make something with your hands, or cook a proper meal',
    'major-04': 'put one thing in order: a plan, a shelf, a calendar',
    'major-05': 'ask someone with more experience for one piece of advice',
    'major-06': 'make one choice that matches what you value',
    'major-07': 'name one goal for the day and steer everything toward it',
    'major-08': 'meet one irritation with patience instead of force',
    'major-09': 'spend an hour alone, without a screen',
    'major-10': 'notice one thing that keeps coming back, and ask why',
    'major-11': 'settle one debt or promise you owe, however small',
    'major-12': 'leave one stuck thing alone and look at it from another side',
    'major-13': 'let one habit or object go for good',
    'major-14': 'mix work and rest: an hour of one, then a break',
    'major-15': 'name one habit that holds you, and skip it once',
    'major-16': 'admit one thing that is no longer working',
    'major-17': 'write down one hope you have not given up on',
    'major-18': 'check one worry against the facts before you believe it',
    'major-19': 'do one thing just because it makes you glad',
    'major-20': 'look back at one old decision with fair eyes',
    'major-21': 'finish one thing and mark it as done',
  },
  ru: {
    'major-00': 'попробуйте что-то, чего никогда не делали, пусть совсем мелочь',
    'major-01': 'возьмите одно своё умение и примените его сознательно',
    'major-02': 'побудьте десять минут в тишине и прислушайтесь к первому чутью',
    'major-03': 'сделайте что-то своими руками или приготовьте настоящий обед',
    'major-04': 'наведите порядок в одном: в плане, на полке, в календаре',
    'major-05': 'спросите совета у того, у кого больше опыта',
    'major-06': 'сделайте один выбор, который согласуется с вашими ценностями',
    'major-07': 'назовите одну цель дня и направьте к ней всё остальное',
    'major-08': 'встретьте одно раздражение терпением, а не напором',
    'major-09': 'проведите час наедине с собой, без экрана',
    'major-10': 'заметьте то, что повторяется снова и снова, и спросите себя почему',
    'major-11': 'закройте один долг или обещание, пусть небольшое',
    'major-12': 'оставьте в покое то, что застряло, и посмотрите на него с другой стороны',
    'major-13': 'расстаньтесь насовсем с одной привычкой или вещью',
    'major-14': 'чередуйте дело и отдых: час одного, потом перерыв',
    'major-15': 'назовите привычку, которая вас держит, и один раз обойдитесь без неё',
    'major-16': 'признайте одно, что больше не работает',
    'major-17': 'запишите одну надежду, от которой вы не отказались',
    'major-18': 'сверьте одну тревогу с фактами, прежде чем ей верить',
    'major-19': 'сделайте что-нибудь просто потому, что это вас радует',
    'major-20': 'оглянитесь на одно давнее решение честным взглядом',
    'major-21': 'доведите одно дело до конца и отметьте, что оно сделано',
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
  // A major upright has a thing of its own to do today, reversed one that loosens it; a minor one of its suit's.
  const act = card.suit ? pick(TODAY[language][card.suit]) : reversed ? pick(REVERSED_MAJOR_TODAY[language]) : MAJOR_TODAY[language][card.id]!;
  return [
    headingName(card, reversed, language),
    `${render(pick(DAILY_LEAD[language]), context)} ${side.meaning} ${word}`,
    render(pick(DAILY_STEP[language]), { ...context, values: { act } }),
    '',
    render(pick(DAILY_CLOSE[language]), context),
  ].join('\n');
}
