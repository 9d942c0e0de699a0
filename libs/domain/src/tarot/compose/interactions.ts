import type { Language, Suit, TarotCard } from '../card';
import { agree, cardName, genderOf, type NameCase } from './names';
import { NAMED_PAIRS } from './pairs';
import type { Pick } from './random';

export interface PlacedCard {
  card: TarotCard;
  reversed: boolean;
  positionId: string;
}

/** Positions that speak of other people, and those that speak of the asker. */
const OTHERS_POSITIONS = new Set(['them', 'others', 'environment']);
const SELF_POSITIONS = new Set(['you', 'self']);
/** Positions behind the asker in time, and ahead. */
const PAST_POSITIONS = new Set(['past', 'recent_past', 'foundation']);
const FUTURE_POSITIONS = new Set(['future', 'near_future', 'outcome']);

/** How telling each kind of remark is: the higher, the earlier it comes. */
const SALIENCE = {
  pair: 100,
  singleMajor: 90,
  manyMajors: 85,
  court: { others: 76, self: 74, neutral: 71 },
  courtCrowd: 73,
  repeated: 60,
  courtRanks: 58,
  reversalsCluster: 54,
  reversalsMany: 52,
  dominantSuit: 45,
  tension: 43,
  missingSuit: 40,
  noMajors: 38,
  noReversals: 30,
} as const;

/** A spread this small yields at most this many remarks, whatever the limit. */
const SMALL_SPREAD = 3;
const SMALL_SPREAD_MAX = 2;

/** Sentences on how the cards work together, most telling first, at most `limit`. */
export function cardInteractions(cards: readonly PlacedCard[], language: Language, pick: Pick, limit: number): string[] {
  if (cards.length < 2 || limit <= 0) return [];
  pick = unrepeating(pick);
  const found: Remark[] = [
    ...namedPairs(cards, language, pick),
    ...majorsWeight(cards, language, pick),
    ...courtCards(cards, language, pick),
    ...repeatedNumbers(cards, language, pick),
    ...reversals(cards, language, pick),
    ...suitBalance(cards, language, pick),
  ];
  const max = cards.length <= SMALL_SPREAD ? Math.min(limit, SMALL_SPREAD_MAX) : limit;
  return found
    .map((remark, index) => ({ ...remark, index }))
    .sort((x, y) => y.salience - x.salience || x.index - y.index)
    .slice(0, max)
    .map((remark) => sentence(remark.text));
}

/**
 * The picker, but never the same frame twice in one call while the list still has unused ones
 * (two repeated numbers or two court cards are then told in different words).
 */
function unrepeating(pick: Pick): Pick {
  const used = new Map<readonly unknown[], Set<number>>();
  return <T>(items: readonly T[]): T => {
    const taken = used.get(items) ?? new Set<number>();
    used.set(items, taken);
    let index = items.indexOf(pick(items));
    if (taken.size < items.length) while (taken.has(index)) index = (index + 1) % items.length;
    taken.add(index);
    return items[index]!;
  };
}

interface Remark {
  salience: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Names and words

/** The card's name as it stands in the middle of a sentence, in the case asked; "reversed" added when it is. */
function named(placed: PlacedCard, language: Language, nameCase: NameCase = 'nominative', withReversed = true): string {
  const { card } = placed;
  if (language === 'en') {
    const base = englishName(card);
    return withReversed && placed.reversed ? `${base} reversed` : base;
  }
  const name = cardName(card, 'ru', nameCase);
  return withReversed && placed.reversed ? `${adjective(card, nameCase, 'перевёрнут')} ${name}` : name;
}

/** "the Tower", "the Ace of Cups", "Death", "the Wheel of Fortune": the article a name takes mid-sentence. */
function englishName(card: TarotCard): string {
  const name = card.text.en.name;
  if (name.startsWith('The ')) return `the ${name.slice(4)}`;
  if (card.arcana === 'minor' || name === 'Wheel of Fortune') return `the ${name}`;
  return name;
}

const HARD_ENDINGS: Record<'m' | 'f' | 'n' | 'pl', Record<Exclude<NameCase, 'accusative'>, string>> = {
  m: { nominative: 'ый', genitive: 'ого', dative: 'ому', instrumental: 'ым', prepositional: 'ом' },
  f: { nominative: 'ая', genitive: 'ой', dative: 'ой', instrumental: 'ой', prepositional: 'ой' },
  n: { nominative: 'ое', genitive: 'ого', dative: 'ому', instrumental: 'ым', prepositional: 'ом' },
  pl: { nominative: 'ые', genitive: 'ых', dative: 'ым', instrumental: 'ыми', prepositional: 'ых' },
};

/**
 * A hard-stem Russian adjective (`перевёрнут-`) agreeing with the card's name in gender, number and case;
 * the accusative of an animate masculine or plural name («Короля», «Влюблённых») takes the genitive ending.
 */
export function adjective(card: TarotCard, nameCase: NameCase, stem: string): string {
  const gender = genderOf(card.text.ru);
  const forms = card.text.ru.forms;
  if (nameCase === 'accusative') {
    if (gender === 'f') return `${stem}ую`;
    const animate = forms !== undefined && forms.accusative === forms.genitive;
    return stem + HARD_ENDINGS[gender][animate ? 'genitive' : 'nominative'];
  }
  return stem + HARD_ENDINGS[gender][nameCase];
}

/** «с Башней» but «со Звездой», «со Смертью»: the preposition before a word starting with two consonants of that kind. */
function withPrep(phrase: string): string {
  return /^[сзшжщ][^аеёиоуыэюяй]/i.test(phrase) ? `со ${phrase}` : `с ${phrase}`;
}

function list(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = language === 'en' ? 'and' : 'и';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

const EN_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Feminine nominative, as in «две карты»; and the genitive after «из»: «из трёх карт». */
const RU_NUMBERS = ['ноль', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать'];
const RU_NUMBERS_GEN = ['нуля', 'одной', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти', 'одиннадцати', 'двенадцати'];

const enNumber = (n: number) => EN_NUMBERS[n] ?? String(n);
const ruNumber = (n: number) => RU_NUMBERS[n] ?? String(n);
const ruNumberGen = (n: number) => RU_NUMBERS_GEN[n] ?? String(n);

/** "7 of 10" in words: "seven of the ten", «семь из десяти». */
function share(part: number, total: number, language: Language): string {
  return language === 'en' ? `${enNumber(part)} of the ${enNumber(total)}` : `${ruNumber(part)} из ${ruNumberGen(total)}`;
}

// ---------------------------------------------------------------------------------------------
// Named pairs

/** The lead sentence naming the pair; the pair's own reading follows it as a second sentence. */
const PAIR_FRAMES: Record<Language, readonly ((a: PlacedCard, b: PlacedCard) => string)[]> = {
  en: [
    (a, b) => `${named(a, 'en')} and ${named(b, 'en')} appear together, and the pair tells its own story.`,
    (a, b) => `${named(a, 'en')} beside ${named(b, 'en')} is a telling pair.`,
    (a, b) => `Read ${named(a, 'en')} with ${named(b, 'en')}, not apart.`,
    (a, b) => `Taken together, ${named(a, 'en')} and ${named(b, 'en')} say something neither says alone.`,
  ],
  ru: [
    (a, b) => `${named(a, 'ru')} и ${named(b, 'ru')} выпали вместе, и у этой пары свой смысл.`,
    (a, b) => `${named(a, 'ru')} рядом ${withPrep(named(b, 'ru', 'instrumental'))} — красноречивое сочетание.`,
    (a, b) => `Вместе ${named(a, 'ru')} и ${named(b, 'ru')} говорят больше, чем поодиночке.`,
    (a, b) => `${named(a, 'ru', 'accusative')} стоит читать в паре ${withPrep(named(b, 'ru', 'instrumental'))}, а не по отдельности.`,
  ],
};

function namedPairs(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const byId = new Map(cards.map((placed) => [placed.card.id, placed]));
  const remarks: Remark[] = [];
  for (const pair of NAMED_PAIRS) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (!a || !b) continue;
    // The card laid first is named first, whichever order the pair is listed in.
    const [first, second] = cards.indexOf(a) < cards.indexOf(b) ? [a, b] : [b, a];
    const reading = (a.reversed || b.reversed ? pair.reversed : pair.upright)[language];
    remarks.push({ salience: SALIENCE.pair - remarks.length, text: `${pick(PAIR_FRAMES[language])(first, second)} ${sentence(reading)}` });
  }
  return remarks;
}

// ---------------------------------------------------------------------------------------------
// Majors' weight

type CountFrame = (n: number, total: number, names: string) => string;

const MAJORS: Record<Language, { many: readonly CountFrame[]; none: readonly ((total: number) => string)[]; single: readonly ((major: PlacedCard) => string)[] }> = {
  en: {
    many: [
      (n, total, names) => `${share(n, total, 'en')} cards are Major Arcana${names ? ` (${names})` : ''}: larger forces are at work, and this is a turning point rather than an ordinary week.`,
      (n, total, names) => `With ${enNumber(n)} Major Arcana among ${enNumber(total)} cards${names ? ` (${names})` : ''}, the matter reaches past day-to-day choices: something bigger is turning.`,
      (n, total, names) => `The Major Arcana hold the majority here, ${share(n, total, 'en')}${names ? ` (${names})` : ''}: this is a season of change to be lived through, not merely managed.`,
    ],
    none: [
      (total) => `There is no Major Arcana among the ${enNumber(total)} cards: the matter is in everyday hands, and ordinary choices will settle it.`,
      () => `Not one Major Arcana card appears, so nothing here is fated: it turns on practical steps you can take.`,
      () => `The spread holds only Minor Arcana: this is the stuff of daily life, and it is yours to shape.`,
    ],
    single: [
      (m) => `The only Major Arcana card here is ${named(m, 'en')}, and it sets the tone for everything else.`,
      (m) => `Only one Major Arcana card appears among the minor ones, ${named(m, 'en')}: read the rest in its light.`,
      (m) => `The one Major Arcana in the spread is ${named(m, 'en')}; whatever the other cards describe happens under its sign.`,
    ],
  },
  ru: {
    many: [
      (n, total, names) => `${share(n, total, 'ru')} карт — Старшие арканы${names ? ` (${names})` : ''}: здесь действуют силы крупнее обычного, и это скорее поворотный момент, чем будничная ситуация.`,
      (n, total, names) => `Старших арканов в раскладе большинство — ${share(n, total, 'ru')}${names ? `: ${names}` : ''}. Дело выходит за рамки повседневных решений, приходит в движение что-то большее.`,
      (n, total, names) => `Старшие арканы перевешивают — ${share(n, total, 'ru')} карт${names ? ` (${names})` : ''}: это перелом, и такие перемены приходится проживать, а не просто улаживать.`,
    ],
    none: [
      (total) => `Среди ${ruNumberGen(total)} карт нет ни одного Старшего аркана: всё решается в повседневных делах и зависит от ваших собственных решений.`,
      () => `Ни одного Старшего аркана: ничего предрешённого здесь нет, всё зависит от практических шагов.`,
      () => `В раскладе только Младшие арканы: это будничные дела, и они в ваших руках.`,
    ],
    single: [
      (m) =>
        `Из Старших арканов здесь только ${named(m, 'ru')}, и ${agree(m.card, ['он', 'она', 'оно', 'они'])} ${agree(m.card, ['задаёт', 'задаёт', 'задаёт', 'задают'])} тон всему остальному.`,
      (m) =>
        `Среди Младших арканов ${named(m, 'ru')} ${agree(m.card, ['стоит', 'стоит', 'стоит', 'стоят'])} особняком, и остальные карты лучше читать в ${agree(m.card, ['его', 'её', 'его', 'их'])} свете.`,
      (m) =>
        `${named(m, 'ru')}, ${agree(m.card, ['единственный', 'единственная', 'единственное', 'единственные'])} из Старших арканов, ${agree(m.card, ['задаёт', 'задаёт', 'задаёт', 'задают'])} тон: всё, о чём говорят остальные карты, происходит под ${agree(m.card, ['его', 'её', 'его', 'их'])} знаком.`,
    ],
  },
};

function majorsWeight(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const majors = cards.filter((placed) => placed.card.arcana === 'major');
  const total = cards.length;
  if (total < 3) return [];
  if (majors.length === 1) return [{ salience: SALIENCE.singleMajor, text: pick(MAJORS[language].single)(majors[0]!) }];
  if (majors.length * 2 > total) {
    const names = majors.length <= 3 ? list(majors.map((m) => named(m, language)), language) : '';
    return [{ salience: SALIENCE.manyMajors, text: pick(MAJORS[language].many)(majors.length, total, names) }];
  }
  // Three or four minors in a row are ordinary; from five cards on, not one major says something.
  if (majors.length === 0 && total >= 5) return [{ salience: SALIENCE.noMajors, text: pick(MAJORS[language].none)(total) }];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Court cards as people or roles

type Rank = 'page' | 'knight' | 'queen' | 'king';
const RANKS: Record<number, Rank> = { 11: 'page', 12: 'knight', 13: 'queen', 14: 'king' };

/** Who the court card may stand for, by rank and suit: a noun phrase («человек, который…» in the nominative). */
const ROLES: Record<Language, Record<Rank, Record<Suit, string>>> = {
  en: {
    page: {
      wands: 'an eager newcomer, bringing news of a venture or itching to try one',
      cups: 'a gentle beginner, carrying a tender message or a first shy feeling',
      swords: 'a watchful learner who gathers facts, asks questions and passes news along',
      pentacles: 'a diligent apprentice learning a trade or bringing word about work and money',
    },
    knight: {
      wands: 'someone in motion, hot-headed and impatient, chasing a goal',
      cups: 'someone who approaches with an offer or a confession, following the heart',
      swords: 'someone charging at a goal, blunt and quick with words',
      pentacles: 'someone who moves slowly but surely and sees the job through',
    },
    queen: {
      wands: 'someone who warms and spurs others on and holds things together with sheer energy',
      cups: 'someone who comforts and shelters, quick to sense the mood in the room',
      swords: 'someone who supports through clarity, speaking honestly and seeing to the point',
      pentacles: 'someone who cares in practical ways — feeding, arranging, keeping the household running',
    },
    king: {
      wands: 'someone who leads from the front and decides boldly, setting the course',
      cups: 'someone who decides with a calm heart and keeps feelings in hand',
      swords: 'someone who decides by reason and rule and has the final word',
      pentacles: 'someone who manages resources and answers for money and reliability',
    },
  },
  ru: {
    page: {
      wands: 'новичок с горящими глазами, который приносит весть о новом деле или сам рвётся попробовать',
      cups: 'чуткий новичок, который приносит нежную весть или робко говорит о первом чувстве',
      swords: 'внимательный ученик, который собирает сведения, задаёт вопросы и передаёт новости',
      pentacles: 'старательный ученик, который осваивает ремесло или приносит вести о работе и деньгах',
    },
    knight: {
      wands: 'человек в движении, горячий и нетерпеливый, который гонится за своей целью',
      cups: 'человек, который идёт навстречу с предложением или признанием, следуя за сердцем',
      swords: 'человек, который стремительно рвётся к цели и говорит резко и напрямик',
      pentacles: 'человек, который движется медленно, но верно, и доводит дело до конца',
    },
    queen: {
      wands: 'человек, который согревает и воодушевляет других и держит всё на собственной энергии',
      cups: 'человек, который утешает и бережёт, тонко чувствуя чужое настроение',
      swords: 'человек, который поддерживает ясностью, говорит честно и видит суть',
      pentacles: 'человек, который заботится на деле — кормит, обустраивает, держит дом и хозяйство',
    },
    king: {
      wands: 'человек, который ведёт за собой, смело решает и задаёт курс',
      cups: 'человек, который принимает решения со спокойным сердцем и не даёт чувствам взять верх',
      swords: 'человек, который решает по уму и по правилам и оставляет последнее слово за собой',
      pentacles: 'человек, который распоряжается ресурсами и отвечает за деньги и надёжность',
    },
  },
};

/** What goes wrong with the role when the card is reversed, and the suit's shade of it. */
const ROLE_OFF_BALANCE: Record<Language, Record<Rank, string>> = {
  en: {
    page: 'the message gets muddled or the learning stalls',
    knight: 'the drive turns reckless, or it stalls altogether',
    queen: 'care turns into control, or runs dry',
    king: 'authority hardens into rigidity, or goes missing when it is needed',
  },
  ru: {
    page: 'весть путается, а учёба буксует',
    knight: 'напор становится безрассудным или вовсе глохнет',
    queen: 'забота превращается в контроль или иссякает',
    king: 'власть превращается в жёсткость или пропадает как раз тогда, когда нужна',
  },
};
const SUIT_SHADOW: Record<Language, Record<Suit, string>> = {
  en: { wands: 'impatience', cups: 'moodiness', swords: 'coldness and cutting words', pentacles: 'stubbornness and too much caution' },
  ru: { wands: 'нетерпения', cups: 'перепадов настроения', swords: 'холодности и резких слов', pentacles: 'упрямства и лишней осторожности' },
};

type Place = 'others' | 'self' | 'neutral';
const MAX_COURTS_READ = 2;
/** A court card's sentence, and a second one said only when the card is upright (a reversed card's off-balance note replaces it). */
type CourtFrame = (court: PlacedCard, role: string) => readonly [string, string?];

const COURT: Record<Language, Record<Place, readonly CourtFrame[]> & { offBalance: readonly ((rank: string, shadow: string) => string)[] }> = {
  en: {
    others: [
      (c, role) => [`${named(c, 'en')} stands in the place of the people around you: perhaps ${role}.`, 'It shows a part someone plays, not what they think.'],
      (c, role) => [`Around you, ${named(c, 'en')} points to ${role}.`, "Take it as a role in this story, not a reading of anyone's mind."],
      (c, role) => [`${named(c, 'en')} brings another person into the picture: ${role}.`, 'How that person really feels is theirs to say.'],
    ],
    self: [
      (c, role) => [`${named(c, 'en')} sits in your own place, so the role is yours: right now you are ${role}.`],
      (c, role) => [`In your position, ${named(c, 'en')} shows the part you play here: ${role}.`],
      (c, role) => [`${named(c, 'en')} describes you in this matter as ${role}.`, 'Notice whether that role still fits.'],
    ],
    neutral: [
      (c, role) => [`${named(c, 'en')} may be a person in this story or a role you take on yourself: ${role}.`],
      (c, role) => [`${named(c, 'en')} brings in a figure: ${role}.`, 'It may be someone involved, or a side of you.'],
      (c, role) => [`${named(c, 'en')} reads as a person or a role: ${role}.`],
    ],
    offBalance: [
      (rank, shadow) => `Reversed, the role is off balance: ${rank}, with a touch of ${shadow}.`,
      (rank, shadow) => `Upside down, this figure loses its footing: ${rank}, and ${shadow} may show.`,
      (rank, shadow) => `Because the card is reversed, the role tips over: ${rank}; watch for ${shadow}.`,
    ],
  },
  ru: {
    others: [
      (c, role) => [
        `${named(c, 'ru')} ${agree(c.card, ['оказался', 'оказалась', 'оказалось', 'оказались'])} на месте окружающих: возможно, это ${role}.`,
        'Карта показывает роль, которую кто-то играет, а не чужие мысли.',
      ],
      (c, role) => [
        `Рядом с вами ${named(c, 'ru')} ${agree(c.card, ['указывает', 'указывает', 'указывает', 'указывают'])} на кого-то из окружающих: ${role}.`,
        'Это роль в истории, а не чтение чужих мыслей.',
      ],
      (c, role) => [
        `${named(c, 'ru')} ${agree(c.card, ['вводит', 'вводит', 'вводит', 'вводят'])} в историю ещё одного участника: это ${role}.`,
        'Что творится у этого человека на душе, карты не говорят — видна только роль.',
      ],
    ],
    self: [
      (c, role) => [`${named(c, 'ru')} ${agree(c.card, ['стоит', 'стоит', 'стоит', 'стоят'])} на вашем месте, так что речь о вас: сейчас вы — ${role}.`],
      (c, role) => [`На вашей позиции ${named(c, 'ru')} ${agree(c.card, ['показывает', 'показывает', 'показывает', 'показывают'])} роль, которую вы здесь играете: ${role}.`],
      (c, role) => [
        `${named(c, 'ru')}, ${agree(c.card, ['выпавший', 'выпавшая', 'выпавшее', 'выпавшие'])} на вашу позицию, ${agree(c.card, ['описывает', 'описывает', 'описывает', 'описывают'])} вашу роль: ${role}.`,
        'Посмотрите, по-прежнему ли эта роль вам впору.',
      ],
    ],
    neutral: [
      (c, role) => [`${named(c, 'ru')} ${agree(c.card, ['может', 'может', 'может', 'могут'])} говорить о ком-то в этой истории или о роли, которую вы берёте на себя: ${role}.`],
      (c, role) => [
        `${named(c, 'ru')} ${agree(c.card, ['приводит', 'приводит', 'приводит', 'приводят'])} в расклад ещё одну фигуру — это ${role}.`,
        'Возможно, это кто-то из участников, а возможно, ваша собственная сторона.',
      ],
      (c, role) => [`${named(c, 'ru')} ${agree(c.card, ['читается', 'читается', 'читается', 'читаются'])} и как живой участник, и как роль: ${role}.`],
    ],
    offBalance: [
      (rank, shadow) => `В перевёрнутом виде эта роль теряет равновесие: ${rank}, и не обходится без ${shadow}.`,
      (rank, shadow) => `Но роль выбита из колеи: ${rank}; берегитесь ${shadow}.`,
      (rank, shadow) => `Карта перевёрнута, и роль кренится: ${rank}; к этому примешивается тень ${shadow}.`,
    ],
  },
};

const COURT_CROWD: Record<Language, readonly ((n: number, names: string) => string)[]> = {
  en: [
    (n, names) => `With ${enNumber(n)} court cards in the spread (${names}), much of this depends on people, not only on circumstances.`,
    (n, names) => `${enNumber(n)} court cards (${names}) make this a crowded story: other people's parts matter as much as events.`,
    (n, names) => `The spread is full of figures, ${enNumber(n)} court cards in all (${names}): this is as much about people as about what happens.`,
  ],
  ru: [
    (n, names) => `Придворных карт в раскладе ${ruNumber(n)} (${names}): многое здесь зависит от людей, а не только от обстоятельств.`,
    (_n, names) => `Придворные карты — ${names} — делают эту историю людной: роли других людей значат не меньше, чем события.`,
    (_n, names) => `Расклад полон фигур — ${names}: речь идёт о людях не меньше, чем о том, что происходит.`,
  ],
};

/** Court cards of one rank: what the rank is about, its plural, and (ru) the genitive singular after «два/три/четыре». */
const RANK_WORDS: Record<Language, Record<Rank, NumberWords & { gender?: 'm' | 'f' }>> = {
  en: {
    page: { one: 'Page', many: 'Pages', theme: 'learning and news' },
    knight: { one: 'Knight', many: 'Knights', theme: 'movement and pursuit' },
    queen: { one: 'Queen', many: 'Queens', theme: 'care and holding things together' },
    king: { one: 'King', many: 'Kings', theme: 'authority and decisions' },
  },
  ru: {
    page: { one: 'Пажа', many: 'Пажи', theme: 'учёбы и вестей', gender: 'm' },
    knight: { one: 'Рыцаря', many: 'Рыцари', theme: 'движения и погони за целью', gender: 'm' },
    queen: { one: 'Королевы', many: 'Королевы', theme: 'заботы и опоры', gender: 'f' },
    king: { one: 'Короля', many: 'Короли', theme: 'власти и решений', gender: 'm' },
  },
};

const COURT_RANKS: Record<Language, readonly RepeatFrame[]> = {
  en: [
    (n, w, names) => `${enNumber(n)} ${w.many} (${names}): the theme of ${w.theme} comes from more than one person, or from different sides of the same person.`,
    (n, w, names) => `The ${w.many} repeat, ${names}, so ${w.theme} are shared out between different hands, which may pull different ways.`,
    (n, w, names) => `With ${enNumber(n)} ${w.many} in the spread (${names}), the theme of ${w.theme} is split between them: see who holds which part of it.`,
  ],
  ru: [
    (n, w, names) => `${ruCount(n, w)} (${names}): тема ${w.theme} исходит не от одного человека — или от разных сторон одного и того же.`,
    (n, w, names) => `В раскладе ${ruCount(n, w)} — ${names}, — и тема ${w.theme} делится между разными людьми, которые могут тянуть в разные стороны.`,
    (_n, w, names) => `${w.many} повторяются (${names}), так что тема ${w.theme} звучит не один раз: посмотрите, у кого какая её часть.`,
  ],
};

function courtCards(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const courts = cards.filter((placed) => placed.card.arcana === 'minor' && RANKS[placed.card.number]);
  const remarks: Remark[] = courts.map((court): Remark => {
    const rank = RANKS[court.card.number]!;
    const suit = court.card.suit!;
    const place: Place = OTHERS_POSITIONS.has(court.positionId) ? 'others' : SELF_POSITIONS.has(court.positionId) ? 'self' : 'neutral';
    const [first, upright] = pick(COURT[language][place])(court, ROLES[language][rank][suit]);
    const second = court.reversed ? pick(COURT[language].offBalance)(ROLE_OFF_BALANCE[language][rank], SUIT_SHADOW[language][suit]) : upright;
    return { salience: SALIENCE.court[place], text: second ? `${sentence(first)} ${second}` : first };
  });
  // Up to two figures are read on their own; a crowd of three or more is told as one remark beside the most telling of them.
  remarks.sort((x, y) => y.salience - x.salience);
  remarks.splice(courts.length >= 3 ? 1 : MAX_COURTS_READ);
  for (const rank of ['page', 'knight', 'queen', 'king'] as const) {
    const same = courts.filter((court) => RANKS[court.card.number] === rank);
    if (same.length < 2) continue;
    const names = list(same.map((court) => named(court, language)), language);
    remarks.push({ salience: SALIENCE.courtRanks + same.length, text: pick(COURT_RANKS[language])(same.length, RANK_WORDS[language][rank], names) });
  }
  if (courts.length >= 3) {
    const names = list(courts.map((court) => named(court, language, 'nominative', false)), language);
    remarks.push({ salience: SALIENCE.courtCrowd, text: pick(COURT_CROWD[language])(courts.length, names) });
  }
  return remarks;
}

// ---------------------------------------------------------------------------------------------
// Repeated numbers

interface NumberWords {
  /** en: "Five", "Fives"; ru: the nominative singular's gender, genitive singular (after 2–4) and nominative plural. */
  one: string;
  many: string;
  theme: string;
}

const NUMBER_WORDS: Record<Language, Record<number, NumberWords & { gender?: 'm' | 'f' }>> = {
  en: {
    1: { one: 'Ace', many: 'Aces', theme: 'new beginnings' },
    2: { one: 'Two', many: 'Twos', theme: 'choice and partnership' },
    3: { one: 'Three', many: 'Threes', theme: 'growth and working together' },
    4: { one: 'Four', many: 'Fours', theme: 'stability and rest' },
    5: { one: 'Five', many: 'Fives', theme: 'conflict and loss' },
    6: { one: 'Six', many: 'Sixes', theme: 'harmony and moving on' },
    7: { one: 'Seven', many: 'Sevens', theme: 'tests and taking stock' },
    8: { one: 'Eight', many: 'Eights', theme: 'movement and effort' },
    9: { one: 'Nine', many: 'Nines', theme: 'being nearly there' },
    10: { one: 'Ten', many: 'Tens', theme: 'endings and culmination' },
  },
  // ru: `one` is the genitive singular that follows «два/три/четыре» («три Туза», «две Пятёрки»), `many` the nominative plural.
  ru: {
    1: { one: 'Туза', many: 'Тузы', theme: 'новых начинаний', gender: 'm' },
    2: { one: 'Двойки', many: 'Двойки', theme: 'выбора и партнёрства', gender: 'f' },
    3: { one: 'Тройки', many: 'Тройки', theme: 'роста и совместной работы', gender: 'f' },
    4: { one: 'Четвёрки', many: 'Четвёрки', theme: 'устойчивости и передышки', gender: 'f' },
    5: { one: 'Пятёрки', many: 'Пятёрки', theme: 'конфликта и потерь', gender: 'f' },
    6: { one: 'Шестёрки', many: 'Шестёрки', theme: 'гармонии и перехода', gender: 'f' },
    7: { one: 'Семёрки', many: 'Семёрки', theme: 'испытаний и переоценки', gender: 'f' },
    8: { one: 'Восьмёрки', many: 'Восьмёрки', theme: 'движения и усилий', gender: 'f' },
    9: { one: 'Девятки', many: 'Девятки', theme: 'почти достигнутой цели', gender: 'f' },
    10: { one: 'Десятки', many: 'Десятки', theme: 'завершения и итогов', gender: 'f' },
  },
};

/** «два Туза», «две Пятёрки», «три Тройки»: a count of two to four with the noun it governs. */
function ruCount(n: number, words: NumberWords & { gender?: 'm' | 'f' }): string {
  const numeral = n === 2 ? (words.gender === 'm' ? 'два' : 'две') : n === 3 ? 'три' : 'четыре';
  return `${numeral} ${words.one}`;
}

type RepeatFrame = (count: number, words: NumberWords & { gender?: 'm' | 'f' }, names: string) => string;

const REPEATED: Record<Language, { pair: readonly RepeatFrame[]; more: readonly RepeatFrame[] }> = {
  en: {
    pair: [
      (_n, w, names) => `${names} share a number: the theme of ${w.theme} runs through more than one part of the story.`,
      (_n, w, names) => `Two ${w.many}, ${names}, echo each other: the theme of ${w.theme} is a thread here, not a one-off.`,
      (_n, w, names) => `The ${w.many} come in a pair (${names}), so the theme of ${w.theme} repeats, and it is worth hearing.`,
    ],
    more: [
      (n, w, names) => `${enNumber(n)} ${w.many} (${names}) make the theme of ${w.theme} the loudest in the spread.`,
      (n, w, names) => `With ${enNumber(n)} ${w.many} on the table (${names}), the theme of ${w.theme} is no passing note: the whole reading stands on it.`,
      (n, w, names) => `${enNumber(n)} ${w.many} at once (${names}): the theme of ${w.theme} comes back again and again and asks to be faced squarely.`,
    ],
  },
  ru: {
    pair: [
      (n, w, names) => `${ruCount(n, w)} — ${names} — перекликаются: тема ${w.theme} звучит в раскладе не один раз.`,
      (n, w, names) => `В раскладе ${ruCount(n, w)} (${names}), и это не случайность: тема ${w.theme} здесь сквозная.`,
      (_n, w, names) => `${w.many} выпали парой — ${names}, — так что тема ${w.theme} повторяется, и к ней стоит прислушаться.`,
    ],
    more: [
      (n, w, names) => `Сразу ${ruCount(n, w)} — ${names}: тема ${w.theme} звучит в раскладе громче всего.`,
      (n, w, names) => `${ruCount(n, w)} (${names}) — это уже не совпадение: тема ${w.theme} становится основой всего расклада.`,
      (n, w, names) => `${w.many} повторяются ${n === 3 ? 'трижды' : 'четырежды'} — ${names}: тема ${w.theme} возвращается снова и снова, и от неё не отвернуться.`,
    ],
  },
};

function repeatedNumbers(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const byNumber = new Map<number, PlacedCard[]>();
  for (const placed of cards) {
    if (placed.card.arcana !== 'minor' || placed.card.number > 10) continue;
    byNumber.set(placed.card.number, [...(byNumber.get(placed.card.number) ?? []), placed]);
  }
  const remarks: Remark[] = [];
  for (const [number, group] of [...byNumber].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])) {
    if (group.length < 2) continue;
    const words = NUMBER_WORDS[language][number]!;
    const names = list(group.map((placed) => named(placed, language)), language);
    const frames = group.length === 2 ? REPEATED[language].pair : REPEATED[language].more;
    remarks.push({ salience: SALIENCE.repeated + group.length, text: pick(frames)(group.length, words, names) });
  }
  return remarks;
}

// ---------------------------------------------------------------------------------------------
// Reversals

const REVERSALS: Record<
  Language,
  {
    many: readonly ((n: number, total: number, names: string) => string)[];
    past: readonly ((names: string) => string)[];
    future: readonly ((names: string) => string)[];
    none: readonly ((total: number) => string)[];
  }
> = {
  en: {
    many: [
      (n, total, names) => `${share(n, total, 'en')} cards are reversed${names ? ` (${names})` : ''}: much of the energy is turned inward or held back, and the work here is more inner than outer.`,
      (n, total, names) => `Reversals outnumber upright cards, ${share(n, total, 'en')}${names ? ` (${names})` : ''}: something is blocked, and it helps to look for what is being held in.`,
      (n, total, names) => `So many reversed cards, ${share(n, total, 'en')}${names ? ` (${names})` : ''}, suggest energy that has nowhere to go yet; the knot is more inside than out in the world.`,
    ],
    past: [
      (names) => `The reversed cards gather behind you (${names}): what is stuck lies in the past, in something not yet digested, while the road ahead runs more freely.`,
      (names) => `The reversals sit in the past, ${names}: the snag is in what has already happened, and settling it frees the way forward.`,
      (names) => `The reversed cards lean towards what came before (${names}), so the blockage is old business rather than what lies ahead.`,
    ],
    future: [
      (names) => `The reversed cards gather ahead (${names}): the past is settled enough, but the way forward meets resistance, and that is where care is needed.`,
      (names) => `The reversals sit in what is coming, ${names}: the stuck part is not behind you but in the next steps, which may need a different approach.`,
      (names) => `The reversed cards lean towards the future (${names}), so the blockage lies ahead; it can still be met before it hardens.`,
    ],
    none: [
      (total) => `Not one of the ${enNumber(total)} cards is reversed: the energy flows openly, and what the cards describe is likely to show itself plainly.`,
      () => `Every card lies upright, so nothing here is hidden or held back for long; things move in the open.`,
      () => `With no reversed cards at all, the spread reads as a clear current: what is on its way meets little inner resistance.`,
    ],
  },
  ru: {
    many: [
      (n, total, names) => `${share(n, total, 'ru')} карт перевёрнуты${names ? ` (${names})` : ''}: энергия во многом обращена внутрь или сдержана, и главная работа здесь скорее внутренняя, чем внешняя.`,
      (n, total, names) => `Перевёрнутых карт больше, чем прямых, — ${share(n, total, 'ru')}${names ? ` (${names})` : ''}: что-то заблокировано, и стоит поискать, что именно вы сдерживаете.`,
      (n, total, names) => `Перевёрнутых карт так много — ${share(n, total, 'ru')}${names ? ` (${names})` : ''}, — что энергии пока некуда выйти; узел скорее внутри, чем снаружи.`,
    ],
    past: [
      (names) => `Перевёрнутые карты собрались в прошлом (${names}): застряло то, что позади и ещё не прожито до конца, а дорога вперёд свободнее.`,
      (names) => `Перевёрнутые карты лежат в прошлом — ${names}: загвоздка в том, что уже случилось, и, разобравшись с этим, вы освободите путь вперёд.`,
      (names) => `Перевёрнутые карты тяготеют к прошлому (${names}), так что затор — это скорее старые дела, чем то, что впереди.`,
    ],
    future: [
      (names) => `Перевёрнутые карты собрались впереди (${names}): с прошлым более или менее ясно, но дорога вперёд встречает сопротивление, и здесь нужна осторожность.`,
      (names) => `Перевёрнутые карты лежат в будущем — ${names}: застревает не то, что позади, а следующие шаги, и к ним, возможно, нужен другой подход.`,
      (names) => `Перевёрнутые карты тяготеют к будущему (${names}), так что затор впереди; с ним ещё можно справиться, пока он не затвердел.`,
    ],
    none: [
      (total) => `Ни одна из ${ruNumberGen(total)} карт не перевёрнута: энергия течёт свободно, и то, о чём говорят карты, скорее всего, проявится открыто.`,
      () => `Все карты лежат прямо: ничего здесь не прячется и не сдерживается подолгу, всё происходит на виду.`,
      () => `Ни одной перевёрнутой карты: расклад читается как ясное течение, и тому, что приближается, почти ничто не мешает изнутри.`,
    ],
  },
};

/** Reversals in a spread of this many cards or more are worth a word even when there are none. */
const LARGE_SPREAD = 7;

function reversals(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const reversed = cards.filter((placed) => placed.reversed);
  const total = cards.length;
  const remarks: Remark[] = [];
  if (total < 3) return remarks;
  if (reversed.length * 2 > total) {
    const names = reversed.length <= 3 ? list(reversed.map((placed) => named(placed, language, 'nominative', false)), language) : '';
    remarks.push({ salience: SALIENCE.reversalsMany, text: pick(REVERSALS[language].many)(reversed.length, total, names) });
  }
  const past = reversed.filter((placed) => PAST_POSITIONS.has(placed.positionId));
  const future = reversed.filter((placed) => FUTURE_POSITIONS.has(placed.positionId));
  const hasBoth = cards.some((p) => PAST_POSITIONS.has(p.positionId)) && cards.some((p) => FUTURE_POSITIONS.has(p.positionId));
  const names = (group: PlacedCard[]) => list(group.map((placed) => named(placed, language, 'nominative', false)), language);
  if (hasBoth && past.length >= 2 && future.length === 0) {
    remarks.push({ salience: SALIENCE.reversalsCluster, text: pick(REVERSALS[language].past)(names(past)) });
  } else if (hasBoth && future.length >= 2 && past.length === 0) {
    remarks.push({ salience: SALIENCE.reversalsCluster, text: pick(REVERSALS[language].future)(names(future)) });
  }
  if (reversed.length === 0 && total >= LARGE_SPREAD) {
    remarks.push({ salience: SALIENCE.noReversals, text: pick(REVERSALS[language].none)(total) });
  }
  return remarks;
}

// ---------------------------------------------------------------------------------------------
// Suit and element balance

const SUIT_WORDS: Record<Language, Record<Suit, { plural: string; genitive: string; element: string; elementGenitive: string; leads: string; missing: string }>> = {
  en: {
    wands: { plural: 'Wands', genitive: 'Wands', element: 'fire', elementGenitive: 'fire', leads: 'drive, desire and the urge to act', missing: 'the spark to start may have to come from you, since the cards do not supply it' },
    cups: { plural: 'Cups', genitive: 'Cups', element: 'water', elementGenitive: 'water', leads: 'feelings, closeness and what the heart wants', missing: 'feelings are not in the foreground, or they are going unspoken' },
    swords: { plural: 'Swords', genitive: 'Swords', element: 'air', elementGenitive: 'air', leads: 'thoughts, words and hard truths', missing: 'this will not be settled by thinking alone, though some clear thinking may need to be brought in on purpose' },
    pentacles: { plural: 'Pentacles', genitive: 'Pentacles', element: 'earth', elementGenitive: 'earth', leads: 'work, money, the body and practical ground', missing: 'money and practical ground are not what this is about, or they are being neglected' },
  },
  ru: {
    wands: { plural: 'Жезлы', genitive: 'Жезлов', element: 'огонь', elementGenitive: 'огня', leads: 'напор, желание и жажда действовать', missing: 'искру, чтобы начать, придётся высечь самим, карты её не дают' },
    cups: { plural: 'Кубки', genitive: 'Кубков', element: 'вода', elementGenitive: 'воды', leads: 'чувства, близость и то, чего хочет сердце', missing: 'чувства здесь не на первом плане — или о них молчат' },
    swords: { plural: 'Мечи', genitive: 'Мечей', element: 'воздух', elementGenitive: 'воздуха', leads: 'мысли, слова и неудобная правда', missing: 'головой этот вопрос не решится, хотя трезвый взгляд, возможно, придётся добавить сознательно' },
    pentacles: { plural: 'Пентакли', genitive: 'Пентаклей', element: 'земля', elementGenitive: 'земли', leads: 'работа, деньги, тело и практическая почва', missing: 'деньги и практическая сторона здесь не главное — или ими пренебрегают' },
  },
};

type SuitWords = (typeof SUIT_WORDS)['en']['wands'];

const BALANCE: Record<
  Language,
  {
    dominant: readonly ((s: SuitWords, n: number, total: number) => string)[];
    missing: readonly ((s: SuitWords, total: number) => string)[];
    fireWater: readonly string[];
    airEarth: readonly string[];
  }
> = {
  en: {
    dominant: [
      (s, n, total) => `${s.plural} lead the spread, ${share(n, total, 'en')} cards: the element is ${s.element}, and ${s.leads} carry the most weight.`,
      (s, n, total) => `With ${enNumber(n)} ${s.plural} among ${enNumber(total)} cards, ${s.element} sets the temperature: ${s.leads} are at the centre.`,
      (s, n) => `The suit of ${s.plural} dominates (${enNumber(n)} cards), so this is a matter of ${s.element}: ${s.leads}.`,
    ],
    missing: [
      (s, total) => `Not one of the ${enNumber(total)} cards is from the suit of ${s.plural}: ${s.missing}.`,
      (s) => `${s.plural} are missing from the spread, and ${s.element} with them: ${s.missing}.`,
      (s) => `The spread has no ${s.plural} at all, which says something too: ${s.missing}.`,
    ],
    fireWater: [
      'Wands and Cups are both strong: fire meets water, so passion and feeling may pull in different directions, or, well mixed, give the matter warmth.',
      'Fire and water both run high, Wands beside Cups: what you want to do and what you feel may not agree, and that tension needs tending rather than ignoring.',
      'Strong Wands and strong Cups make steam: drive and emotion push against each other, and the task is to let neither put the other out.',
    ],
    airEarth: [
      'Swords and Pentacles are both strong: air meets earth, so plans have to be squared with reality; think it through, then build it.',
      'Air and earth both run high, Swords beside Pentacles: the head and the hands may disagree about what is possible, and each keeps the other honest.',
      'Strong Swords and strong Pentacles set ideas against facts on the ground: let the thinking shape the plan, and let the practical limits test it.',
    ],
  },
  ru: {
    dominant: [
      (s, n, total) => `Больше всего в раскладе ${s.genitive} — ${share(n, total, 'ru')}. Стихия здесь — ${s.element}, а главное — ${s.leads}.`,
      (s, n, total) => `${s.plural} ведут расклад (${share(n, total, 'ru')} карт): это стихия ${s.elementGenitive}, и в центре — ${s.leads}.`,
      (s) => `Перевес ${s.genitive} ставит в центр стихию ${s.elementGenitive}: ${s.leads}.`,
    ],
    missing: [
      (s, total) => `Среди ${ruNumberGen(total)} карт нет ни одной карты ${s.genitive}: ${s.missing}.`,
      (s) => `В раскладе нет ${s.genitive}, а с ними и стихии ${s.elementGenitive}: ${s.missing}.`,
      (s) => `${s.genitive.charAt(0).toUpperCase() + s.genitive.slice(1)} в раскладе нет совсем, и это тоже о чём-то говорит: ${s.missing}.`,
    ],
    fireWater: [
      'Сильны и Жезлы, и Кубки: огонь встречается с водой, и страсть может спорить с чувствами — или, если их уравновесить, согреть всё дело.',
      'Огня и воды здесь много — Жезлы соседствуют с Кубками: то, что хочется сделать, может расходиться с тем, что чувствуется, и это напряжение лучше не замалчивать.',
      'Сильные Жезлы и сильные Кубки дают пар: напор и чувства давят друг на друга, и задача в том, чтобы одно не погасило другое.',
    ],
    airEarth: [
      'Сильны и Мечи, и Пентакли: воздух встречается с землёй, и замыслы приходится сверять с реальностью — сначала продумать, потом строить.',
      'Воздуха и земли здесь много — Мечи соседствуют с Пентаклями: голова и руки могут по-разному видеть, что возможно, и каждая сторона проверяет другую.',
      'Сильные Мечи и сильные Пентакли сталкивают идеи с фактами: пусть мысль задаёт план, а практические ограничения его проверяют.',
    ],
  },
};

/** A spread of this many cards or more is expected to hold every suit. */
const MISSING_SUIT_FROM = 6;

function suitBalance(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const total = cards.length;
  if (total < 3) return [];
  const counts: Record<Suit, number> = { wands: 0, cups: 0, swords: 0, pentacles: 0 };
  for (const placed of cards) if (placed.card.suit) counts[placed.card.suit] += 1;
  const suits = Object.keys(counts) as Suit[];
  const remarks: Remark[] = [];
  const top = Math.max(...suits.map((s) => counts[s]));
  const leaders = suits.filter((s) => counts[s] === top);
  if (leaders.length === 1 && top >= Math.max(3, Math.ceil(total * 0.4))) {
    remarks.push({ salience: SALIENCE.dominantSuit, text: pick(BALANCE[language].dominant)(SUIT_WORDS[language][leaders[0]!], top, total) });
  }
  const strong = Math.max(2, Math.ceil(total / 4));
  if (counts.wands >= strong && counts.cups >= strong) remarks.push({ salience: SALIENCE.tension, text: pick(BALANCE[language].fireWater) });
  if (counts.swords >= strong && counts.pentacles >= strong) remarks.push({ salience: SALIENCE.tension, text: pick(BALANCE[language].airEarth) });
  if (total >= MISSING_SUIT_FROM) {
    const missing = suits.filter((s) => counts[s] === 0);
    // One or two absent suits are telling; with three gone the dominant suit already says it.
    if (missing.length <= 2) {
      for (const suit of missing) remarks.push({ salience: SALIENCE.missingSuit, text: pick(BALANCE[language].missing)(SUIT_WORDS[language][suit], total) });
    }
  }
  return remarks;
}
