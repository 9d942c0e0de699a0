import type { Language, Suit, TarotCard } from '../card';
import { agree, cardName, englishName, genderOf, russianPrepositions, type NameCase } from './names';
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
    .map((remark) => sentence(language === 'ru' ? russianPrepositions(remark.text) : remark.text));
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

/** "7 of 10" in words: "seven of the ten" ("all three"), «семь из десяти». */
function share(part: number, total: number, language: Language): string {
  if (language === 'ru') return `${ruNumber(part)} из ${ruNumberGen(total)}`;
  return part === total ? `all ${enNumber(total)}` : `${enNumber(part)} of the ${enNumber(total)}`;
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
    (a, b) => `${named(a, 'ru')} рядом с ${named(b, 'ru', 'instrumental')} — красноречивое сочетание.`,
    (a, b) => `Вместе ${named(a, 'ru')} и ${named(b, 'ru')} говорят больше, чем поодиночке.`,
    (a, b) => `${named(a, 'ru', 'accusative')} стоит читать в паре с ${named(b, 'ru', 'instrumental')}, а не по отдельности.`,
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
      (n, total, names) => `${share(n, total, 'en')} cards are Major Arcana${names ? ` (${names})` : ''}: a turning point.`,
      (n, total, names) => `${n === total ? 'Every card is a Major Arcana' : 'Major Arcana outnumber the rest'}${names ? ` (${names})` : ''}: bigger forces move here.`,
      (n, _total, names) => `With ${enNumber(n)} Major Arcana${names ? ` (${names})` : ''}, this reaches past everyday choices.`,
    ],
    none: [
      () => 'No Major Arcana at all: this is in everyday hands.',
      () => 'Only Minor Arcana here: nothing fated, just practical steps.',
      () => 'Not one Major Arcana: ordinary choices will settle this.',
    ],
    single: [
      (m) => `The only Major Arcana is ${named(m, 'en')}, and it sets the tone.`,
      (m) => `Only one Major Arcana appears, ${named(m, 'en')}: everything else follows it.`,
      (m) => `One Major Arcana only: ${named(m, 'en')}, colouring everything else.`,
    ],
  },
  ru: {
    many: [
      (n, total, names) => `${n === total ? 'Все карты' : `${share(n, total, 'ru')} карт`} — Старшие арканы${names ? ` (${names})` : ''}: это поворотный момент.`,
      (n, total, names) => `${n === total ? 'Здесь одни Старшие арканы' : 'Старших арканов большинство'}${names ? ` (${names})` : ''}: в деле участвуют силы крупнее обычного.`,
      (_n, _total, names) => `Перевес Старших арканов${names ? ` (${names})` : ''}: дело выходит за рамки будней.`,
    ],
    none: [
      () => 'Ни одного Старшего аркана: всё решается в повседневных делах.',
      () => 'Только Младшие арканы: ничего предрешённого, всё зависит от ваших шагов.',
      () => 'Старших арканов нет: дело будничное и в ваших руках.',
    ],
    single: [
      (m) =>
        `Из Старших арканов здесь только ${named(m, 'ru')}, и ${agree(m.card, ['он', 'она', 'оно', 'они'])} ${agree(m.card, ['задаёт', 'задаёт', 'задаёт', 'задают'])} тон всему остальному.`,
      (m) =>
        `Среди Младших арканов один Старший — ${named(m, 'ru')}, и всё окрашено ${agree(m.card, ['его', 'её', 'его', 'их'])} светом.`,
      (m) =>
        `Тон ${agree(m.card, ['задаёт', 'задаёт', 'задаёт', 'задают'])} ${named(m, 'ru')} — ${agree(m.card, ['он', 'она', 'оно', 'они'])} здесь ${agree(m.card, ['единственный', 'единственная', 'единственное', 'единственные'])} из Старших арканов.`,
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

export type Rank = 'page' | 'knight' | 'queen' | 'king';
const RANKS: Record<number, Rank> = { 11: 'page', 12: 'knight', 13: 'queen', 14: 'king' };

/** Who the court card may stand for, by rank and suit: a short noun phrase (nominative in Russian) that ends its sentence. */
export const ROLES: Record<Language, Record<Rank, Record<Suit, string>>> = {
  en: {
    page: {
      wands: 'an eager newcomer with news of a venture',
      cups: 'a gentle beginner with a tender message',
      swords: 'a watchful learner who gathers facts and news',
      pentacles: 'a diligent apprentice, or word about money',
    },
    knight: {
      wands: 'someone hot-headed and impatient, chasing a goal',
      cups: 'someone who follows the heart, bringing an offer',
      swords: 'someone charging ahead, blunt and quick with words',
      pentacles: 'someone slow but sure who sees things through',
    },
    queen: {
      wands: 'someone who warms and spurs others on',
      cups: 'someone who comforts and senses the mood',
      swords: 'someone who supports with clarity and honest words',
      pentacles: 'someone who cares in practical, down-to-earth ways',
    },
    king: {
      wands: 'someone who leads boldly and sets the course',
      cups: 'someone who decides with a calm heart',
      swords: 'someone who decides by reason and rule',
      pentacles: 'someone who manages money and answers for results',
    },
  },
  ru: {
    page: {
      wands: 'горящий новичок с вестью о новом деле',
      cups: 'чуткий новичок с нежной вестью или первым чувством',
      swords: 'внимательный ученик, который собирает сведения и новости',
      pentacles: 'старательный ученик или весть о работе и деньгах',
    },
    knight: {
      wands: 'горячий, нетерпеливый человек, который гонится за целью',
      cups: 'человек, который идёт за сердцем с предложением',
      swords: 'человек, который рвётся вперёд и говорит резко',
      pentacles: 'человек, который движется медленно, но верно',
    },
    queen: {
      wands: 'человек, который согревает и воодушевляет других',
      cups: 'человек, который утешает и тонко чувствует настроение',
      swords: 'человек, который поддерживает ясностью и честным словом',
      pentacles: 'человек, который заботится на деле, по-хозяйски',
    },
    king: {
      wands: 'человек, который смело ведёт за собой',
      cups: 'человек, который решает со спокойным сердцем',
      swords: 'человек, который решает по уму и по правилам',
      pentacles: 'человек, который распоряжается деньгами и отвечает за результат',
    },
  },
};

/** What goes wrong with the role when the card is reversed (a noun phrase), and the suit's shade of it. */
const ROLE_OFF_BALANCE: Record<Language, Record<Rank, string>> = {
  en: { page: 'garbled news and stalled learning', knight: 'reckless haste or a stall', queen: 'care turned to control', king: 'rigid rule or none' },
  ru: { page: 'путаные вести и застрявшая учёба', knight: 'безрассудная спешка или застой', queen: 'забота, ставшая контролем', king: 'жёсткая власть или безвластие' },
};
const SUIT_SHADOW: Record<Language, Record<Suit, string>> = {
  en: { wands: 'impatience', cups: 'moodiness', swords: 'cold words', pentacles: 'stubbornness' },
  ru: { wands: 'нетерпение', cups: 'перепады настроения', swords: 'холодные слова', pentacles: 'упрямство' },
};

type Place = 'others' | 'self' | 'neutral';
const MAX_COURTS_READ = 2;

/**
 * A court card's sentence: the name comes right before its role, which ends the sentence, so no long
 * run of fixed words repeats from one reading to the next.
 */
type CourtFrame = (court: PlacedCard, role: string) => string;
type OffBalanceFrame = (court: PlacedCard, rank: string, shadow: string) => string;

const COURT: Record<Language, Record<Place, readonly CourtFrame[]> & { offBalance: readonly OffBalanceFrame[] }> = {
  en: {
    others: [
      (c, role) => `Around you stands ${named(c, 'en', 'nominative', false)}: perhaps ${role}.`,
      (c, role) => `For the people around you, ${named(c, 'en', 'nominative', false)}: ${role}.`,
      (c, role) => `Another person enters as ${named(c, 'en', 'nominative', false)}: ${role}.`,
    ],
    self: [
      (c, role) => `You yourself appear as ${named(c, 'en', 'nominative', false)}: ${role}.`,
      (c, role) => `The part you play is ${named(c, 'en', 'nominative', false)}: ${role}.`,
      (c, role) => `Your own position holds ${named(c, 'en', 'nominative', false)}: ${role}.`,
    ],
    neutral: [
      (c, role) => `A figure, or your own part: ${named(c, 'en', 'nominative', false)}, ${role}.`,
      (c, role) => `Into the spread steps ${named(c, 'en', 'nominative', false)}: ${role}.`,
      (c, role) => `A figure appears, ${named(c, 'en', 'nominative', false)}: ${role}.`,
    ],
    offBalance: [
      (c, rank, shadow) => `Reversed, ${named(c, 'en', 'nominative', false)} is off balance: ${rank}, with ${shadow}.`,
      (c, rank, shadow) => `Upside down, ${named(c, 'en', 'nominative', false)} slides into ${rank}, with ${shadow}.`,
      (c, rank, shadow) => `${named(c, 'en', 'nominative', false)} reversed brings ${rank}, plus ${shadow}.`,
    ],
  },
  ru: {
    others: [
      (c, role) => `На месте окружающих ${agree(c.card, ['оказался', 'оказалась', 'оказалось', 'оказались'])} ${named(c, 'ru', 'nominative', false)}: возможно, это ${role}.`,
      (c, role) => `Среди окружающих — ${named(c, 'ru', 'nominative', false)}: ${role}.`,
      (c, role) => `Ещё один участник — ${named(c, 'ru', 'nominative', false)}: ${role}.`,
    ],
    self: [
      (c, role) => `Вы сами здесь — ${named(c, 'ru', 'nominative', false)}: ${role}.`,
      (c, role) => `Роль, которую вы играете, ${agree(c.card, ['описывает', 'описывает', 'описывает', 'описывают'])} ${named(c, 'ru', 'nominative', false)}: ${role}.`,
      (c, role) => `На вашу позицию ${agree(c.card, ['выпал', 'выпала', 'выпало', 'выпали'])} ${named(c, 'ru', 'nominative', false)}: ${role}.`,
    ],
    neutral: [
      (c, role) => `Роль другого или ваша собственная — ${named(c, 'ru', 'nominative', false)}: ${role}.`,
      (c, role) => `В расклад ${agree(c.card, ['вошёл', 'вошла', 'вошло', 'вошли'])} ${named(c, 'ru', 'nominative', false)}: ${role}.`,
      (c, role) => `Кто-то из участников или вы сами — ${named(c, 'ru', 'nominative', false)}: ${role}.`,
    ],
    offBalance: [
      (c, rank, shadow) => `${named(c, 'ru')} ${agree(c.card, ['теряет', 'теряет', 'теряет', 'теряют'])} равновесие: ${rank}, и ещё ${shadow}.`,
      (c, rank, shadow) => `${named(c, 'ru')} ${agree(c.card, ['выбит', 'выбита', 'выбито', 'выбиты'])} из колеи: ${rank}, ${shadow}.`,
      (c, rank, shadow) => `с ${named(c, 'ru', 'instrumental')} приходят ${rank}; рядом — ${shadow}.`,
    ],
  },
};

const COURT_CROWD: Record<Language, readonly ((n: number, names: string) => string)[]> = {
  en: [
    (n, names) => `${enNumber(n)} court cards (${names}): much here depends on people.`,
    (n, names) => `A crowd of figures, ${enNumber(n)} court cards in all (${names}): other people matter here.`,
    (_n, names) => `People fill this spread (${names}): their parts matter as much as events.`,
  ],
  ru: [
    (n, names) => `Придворных карт в раскладе ${ruNumber(n)} (${names}): многое зависит от людей.`,
    (_n, names) => `Придворные карты — ${names} — делают историю людной.`,
    (_n, names) => `Расклад полон фигур (${names}): роли людей значат не меньше событий.`,
  ],
};

/** Court cards of one rank: what the rank is about, its plural, and (ru) the genitive singular after «два/три/четыре». */
const RANK_WORDS: Record<Language, Record<Rank, NumberWords & { gender?: 'm' | 'f' }>> = {
  en: {
    page: { one: 'Page', many: 'Pages', theme: 'learning and news' },
    knight: { one: 'Knight', many: 'Knights', theme: 'movement and pursuit' },
    queen: { one: 'Queen', many: 'Queens', theme: 'care and support' },
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
    (n, w, names) => `${enNumber(n)} ${w.many} (${names}): ${w.theme}, coming from more than one person.`,
    (_n, w, names) => `The ${w.many} repeat (${names}): ${w.theme} are shared between people.`,
    (n, w, names) => `${enNumber(n)} ${w.many} (${names}): ${w.theme}, split between them.`,
  ],
  ru: [
    (n, w, names) => `${ruCount(n, w)} (${names}): тема ${w.theme} исходит не от одного человека.`,
    (n, w, names) => `В раскладе ${ruCount(n, w)} — ${names}, — и тема ${w.theme} делится между людьми.`,
    (_n, w, names) => `${w.many} повторяются (${names}): тема ${w.theme} звучит не один раз.`,
  ],
};

function courtCards(cards: readonly PlacedCard[], language: Language, pick: Pick): Remark[] {
  const courts = cards.filter((placed) => placed.card.arcana === 'minor' && RANKS[placed.card.number]);
  const remarks: Remark[] = courts.map((court): Remark => {
    const rank = RANKS[court.card.number]!;
    const suit = court.card.suit!;
    const place: Place = OTHERS_POSITIONS.has(court.positionId) ? 'others' : SELF_POSITIONS.has(court.positionId) ? 'self' : 'neutral';
    const first = pick(COURT[language][place])(court, ROLES[language][rank][suit]);
    const text = court.reversed ? `${first} ${sentence(pick(COURT[language].offBalance)(court, ROLE_OFF_BALANCE[language][rank], SUIT_SHADOW[language][suit]))}` : first;
    return { salience: SALIENCE.court[place], text };
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
    9: { one: 'Nine', many: 'Nines', theme: 'near-completion' },
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
      (_n, w, names) => `${names} share a number: ${w.theme}, twice over.`,
      (_n, w, names) => `Two ${w.many}, ${names}, echo each other: a thread of ${w.theme}.`,
      (_n, w, names) => `The ${w.many} come in a pair (${names}), repeating ${w.theme}.`,
    ],
    more: [
      (n, w, names) => `${enNumber(n)} ${w.many} (${names}) make ${w.theme} the loudest theme.`,
      (n, w, names) => `With ${enNumber(n)} ${w.many} on the table (${names}), nothing sounds louder than ${w.theme}.`,
      (n, w, names) => `${enNumber(n)} ${w.many} at once (${names}): ${w.theme}, again and again.`,
    ],
  },
  ru: {
    pair: [
      (n, w, names) => `${ruCount(n, w)} — ${names} — перекликаются: тема ${w.theme} звучит не раз.`,
      (n, w, names) => `В раскладе ${ruCount(n, w)} (${names}): тема ${w.theme} здесь сквозная.`,
      (_n, w, names) => `${w.many} выпали парой — ${names}, — и тема ${w.theme} повторяется.`,
    ],
    more: [
      (n, w, names) => `Сразу ${ruCount(n, w)} — ${names}: тема ${w.theme} звучит громче всего.`,
      (n, w, names) => `${ruCount(n, w)} (${names}) — не совпадение: тема ${w.theme} становится основой расклада.`,
      (n, w, names) => `${w.many} повторяются ${n === 3 ? 'трижды' : 'четырежды'} — ${names}: от темы ${w.theme} не отвернуться.`,
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
      (n, total, names) => `${share(n, total, 'en')} cards are reversed${names ? ` (${names})` : ''}: energy turned inward.`,
      (n, total, names) => `${n === total ? 'Every card lies reversed' : 'Reversals outnumber upright cards'}${names ? ` (${names})` : ''}: something is held back.`,
      (n, total, names) => `The knot is inside: ${share(n, total, 'en')} cards lie reversed${names ? ` (${names})` : ''}.`,
    ],
    past: [
      (names) => `The reversed cards gather behind you (${names}): the stuck part is in the past.`,
      (names) => `The reversals sit in the past, ${names}: settle that and the way clears.`,
      (names) => `The reversed cards lean back (${names}): old business, not the road ahead.`,
    ],
    future: [
      (names) => `The reversed cards gather ahead (${names}): the next steps meet resistance.`,
      (names) => `The reversals sit in what is coming, ${names}: the way forward needs care.`,
      (names) => `The reversed cards lean forward (${names}): the blockage lies ahead, not behind.`,
    ],
    none: [
      (total) => `Not one of the ${enNumber(total)} cards is reversed: energy flows openly.`,
      () => 'Every card lies upright: nothing is held back for long.',
      () => 'No reversals at all: things move in the open.',
    ],
  },
  ru: {
    many: [
      (n, total, names) => `${n === total ? 'Все карты' : `${share(n, total, 'ru')} карт`} перевёрнуты${names ? ` (${names})` : ''}: энергия обращена внутрь.`,
      (n, total, names) => `${n === total ? 'Прямых карт нет вовсе' : 'Перевёрнутых карт больше, чем прямых'}${names ? ` (${names})` : ''}: что-то сдерживается.`,
      (_n, _total, names) => `Перевёрнутых карт так много${names ? ` (${names})` : ''}, что узел скорее внутри, чем снаружи.`,
    ],
    past: [
      (names) => `Перевёрнутые карты собрались в прошлом (${names}): застряло то, что позади.`,
      (names) => `Перевёрнутые карты лежат в прошлом — ${names}: разберитесь с ним, и путь освободится.`,
      (names) => `Перевёрнутые карты тяготеют к прошлому (${names}): это старые дела, а не будущее.`,
    ],
    future: [
      (names) => `Перевёрнутые карты собрались впереди (${names}): сопротивление встретят следующие шаги.`,
      (names) => `Перевёрнутые карты лежат в будущем — ${names}: к следующим шагам нужен другой подход.`,
      (names) => `Перевёрнутые карты тяготеют к будущему (${names}): затор впереди, а не позади.`,
    ],
    none: [
      (total) => `Ни одна из ${ruNumberGen(total)} карт не перевёрнута: энергия течёт свободно.`,
      () => 'Все карты лежат прямо: ничего не сдерживается подолгу.',
      () => 'Ни одной перевёрнутой карты: всё происходит на виду.',
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
    wands: { plural: 'Wands', genitive: 'Wands', element: 'fire', elementGenitive: 'fire', leads: 'drive and desire', missing: 'the spark must come from you' },
    cups: { plural: 'Cups', genitive: 'Cups', element: 'water', elementGenitive: 'water', leads: 'feeling and closeness', missing: 'feelings stay unspoken or aside' },
    swords: { plural: 'Swords', genitive: 'Swords', element: 'air', elementGenitive: 'air', leads: 'thoughts and hard truths', missing: 'the head will not settle this' },
    pentacles: { plural: 'Pentacles', genitive: 'Pentacles', element: 'earth', elementGenitive: 'earth', leads: 'money and practical ground', missing: 'practical ground is being neglected' },
  },
  ru: {
    wands: { plural: 'Жезлы', genitive: 'Жезлов', element: 'огонь', elementGenitive: 'огня', leads: 'напор и желание действовать', missing: 'искру придётся высечь самим' },
    cups: { plural: 'Кубки', genitive: 'Кубков', element: 'вода', elementGenitive: 'воды', leads: 'чувства и близость', missing: 'о чувствах молчат или их отложили' },
    swords: { plural: 'Мечи', genitive: 'Мечей', element: 'воздух', elementGenitive: 'воздуха', leads: 'мысли и неудобная правда', missing: 'головой этот вопрос не решить' },
    pentacles: { plural: 'Пентакли', genitive: 'Пентаклей', element: 'земля', elementGenitive: 'земли', leads: 'деньги и практическая почва', missing: 'практической стороной пренебрегают' },
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
      (s) => `${s.plural} lead the spread: ${s.element}, ${s.leads}.`,
      (s, n) => `With ${enNumber(n)} ${s.plural}, ${s.element} sets the tone: ${s.leads}.`,
      (s) => `${s.plural} outweigh the rest, so ${s.leads} come first.`,
    ],
    missing: [
      (s) => `No ${s.plural} at all: ${s.missing}.`,
      (s) => `No ${s.plural}, so no ${s.element}: ${s.missing}.`,
      (s) => `Not a single ${s.plural} card: ${s.missing}.`,
    ],
    fireWater: [
      'Strong Wands and strong Cups: passion and feeling pull apart.',
      'Fire meets water here: drive and emotion need balancing.',
      'Wands and Cups both run high, and steam rises between them.',
    ],
    airEarth: [
      'Strong Swords and strong Pentacles: plans must meet reality.',
      'Air meets earth here: think it through, then build it.',
      'Swords and Pentacles both run high: head and hands must agree.',
    ],
  },
  ru: {
    dominant: [
      (s) => `Расклад ведут ${s.plural} — стихия ${s.elementGenitive}: ${s.leads}.`,
      (s, n, total) => `${s.plural} перевешивают (${share(n, total, 'ru')}), и тон задаёт стихия ${s.elementGenitive}.`,
      (s) => `При перевесе ${s.genitive} в центре — ${s.leads}.`,
    ],
    missing: [
      (s) => `Ни одной карты ${s.genitive}: ${s.missing}.`,
      (s) => `Нет ${s.genitive} — нет и ${s.elementGenitive}: ${s.missing}.`,
      (s) => `${s.genitive.charAt(0).toUpperCase() + s.genitive.slice(1)} в раскладе нет совсем: ${s.missing}.`,
    ],
    fireWater: [
      'Сильны и Жезлы, и Кубки: страсть может спорить с чувствами.',
      'Огонь встречается с водой: напор и чувства надо уравновесить.',
      'Жезлов и Кубков много, и между ними поднимается пар.',
    ],
    airEarth: [
      'Сильны и Мечи, и Пентакли: замыслы приходится сверять с реальностью.',
      'Воздух встречается с землёй: сначала продумать, потом строить.',
      'Мечей и Пентаклей много: голове и рукам придётся договориться.',
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
