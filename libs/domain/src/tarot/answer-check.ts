import type { Language, TarotCard } from './card';
import { SPREADS } from './spreads';

/**
 * The checks a reading written by a language model must pass before it is delivered (and charged):
 * it is in the user's language, names every drawn card, names no other card of the deck (unless the
 * user's own question did), invents no card, and does not repeat its instructions back.
 */
export type AnswerCheck = 'prompt_leak' | 'wrong_language' | 'undrawn_card' | 'made_up_card' | 'missing_card';

export interface AnswerFault {
  check: AnswerCheck;
  /** What was found, for the log and the ReadingFailed detail ("The Tower", "the Phoenix card"). */
  detail: string;
}

export interface AnswerToCheck {
  text: string;
  language: Language;
  /** The cards of the reading (only `cardId` is read). */
  drawn: readonly { cardId: string }[];
  /** The user's question: a card it names may be named in the answer too. */
  question: string;
  deck: readonly TarotCard[];
  /** Instructions the answer must not repeat at length (the system prompt). */
  secret?: string;
}

/** The first check the answer fails, or undefined when it may be delivered. */
export function checkAnswer(answer: AnswerToCheck): AnswerFault | undefined {
  const { text, language, drawn, question, deck, secret } = answer;
  if (secret) {
    const run = repeatsOf(secret)(text);
    if (run) return { check: 'prompt_leak', detail: run };
  }
  const share = languageShare(text, language);
  if (share < LANGUAGE_SHARE) return { check: 'wrong_language', detail: `${Math.round(share * 100)}% of the letters are ${language === 'ru' ? 'Cyrillic' : 'Latin'}` };
  const stray = undrawnCardNamed(text, drawn, deck, language, { allowed: cardsNamedIn(question, deck) });
  if (stray) return { check: 'undrawn_card', detail: stray };
  const invented = madeUpCard(text, deck);
  if (invented) return { check: 'made_up_card', detail: invented };
  const byId = new Map(deck.map((card) => [card.id, card]));
  for (const { cardId } of drawn) {
    const card = byId.get(cardId);
    if (card && !namesCard(text, card, language)) return { check: 'missing_card', detail: card.text[language].name };
  }
  return undefined;
}

/** An answer's share of letters in its language's script below this is in the wrong language. */
export const LANGUAGE_SHARE = 0.7;
/** This many words in a row taken from the instructions count as revealing them. */
export const LEAK_RUN_WORDS = 14;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The share of the text's letters (Cyrillic and Latin) that belong to the language's script: 1 for
 * a text with none. So an English reading quoting a Russian word stays English, and a Russian one
 * naming Telegram stays Russian, while an answer written in the other language does not pass.
 */
export function languageShare(text: string, language: Language): number {
  let cyrillic = 0;
  let latin = 0;
  for (const char of text) {
    if (CYRILLIC.test(char)) cyrillic++;
    else if (LATIN.test(char)) latin++;
  }
  const total = cyrillic + latin;
  if (total === 0) return 1;
  return (language === 'ru' ? cyrillic : latin) / total;
}

/** «ё» and «е» are written interchangeably; folding keeps every index in place. */
const fold = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/** The ways a card's name is written in the language: English has one, Russian its cases too. */
function namesOf(card: TarotCard, language: Language): string[] {
  const text = card.text[language];
  const forms = language === 'ru' && text.forms ? [text.forms.genitive, text.forms.dative, text.forms.accusative, text.forms.instrumental, text.forms.prepositional] : [];
  return [...new Set([text.name, ...forms].map(fold))];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `name` occurs in `text` as whole words: in any letter case, or, with `capital`, with its
 * first letter as the name writes it (a one-word name, "Strength", «Сила», is an everyday word too).
 */
function containsWords(text: string, name: string, capital = false): boolean {
  const folded = fold(text);
  const haystack = folded.toLowerCase();
  const needle = fold(name).toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (WORD.test(haystack[at - 1] ?? ' ') || WORD.test(haystack[at + needle.length] ?? ' ')) continue;
    if (capital && folded[at] !== fold(name)[0]) continue;
    return true;
  }
  return false;
}

/**
 * Whether the answer names the card, in any case form («Башню», «Королём Жезлов»), a name of
 * several words in any letter case ("the tower", "The Tower", and "your Tower" without the
 * article), a one-word name with its capital ("Strength", not "the strength to go on").
 */
export function namesCard(text: string, card: TarotCard, language: Language, anyCase = false): boolean {
  return namesOf(card, language).some((name) => {
    if (containsWords(text, name, !anyCase && !name.includes(' '))) return true;
    return language === 'en' && /^The /.test(name) && containsWords(text, name.slice(4), !anyCase);
  });
}

/** The ids of the cards a question names, in either language, any form and any letter case ("I keep seeing the tower", "the death card"). */
export function cardsNamedIn(question: string, deck: readonly TarotCard[]): string[] {
  return deck.filter((card) => namesCard(question, card, 'en', true) || namesCard(question, card, 'ru', true)).map((card) => card.id);
}

/**
 * The first card name in `text` that is neither among the drawn cards nor `allowed`. A name counts
 * as written the way a card is named: its capitals in place (the first letter may be either case),
 * so "the World", "Three of Cups" and «про Башню» count while "the world around you", "the sun" and
 * the idiom «колесо фортуны» do not. One-word names ("Death", «Башня», «Мир») are everyday words
 * too: they count only inside a sentence ("the Death card", «карта Башня»), not at its start
 * («Мир вокруг вас»). Russian names count in every case. While an answer streams in, `from` limits
 * the search to its new tail and `complete: false` leaves out a name at the very end (the next
 * chunk may extend the word).
 */
export function undrawnCardNamed(
  text: string,
  drawn: readonly { cardId: string }[],
  deck: readonly TarotCard[],
  language: Language,
  options: { from?: number; complete?: boolean; allowed?: readonly string[] } = {},
): string | undefined {
  const { from = 0, complete = true, allowed = [] } = options;
  const skip = new Set([...drawn.map((c) => c.cardId), ...allowed]);
  const folded = fold(text);
  for (const card of deck) {
    if (skip.has(card.id)) continue;
    for (const lang of new Set<Language>([language, 'en'])) {
      for (const name of namesOf(card, lang)) {
        const rest = name.slice(1);
        const first = name[0]!;
        for (let at = folded.indexOf(rest, from + 1); at !== -1; at = folded.indexOf(rest, at + 1)) {
          const start = at - 1;
          if (folded[start]?.toLowerCase() !== first.toLowerCase()) continue;
          const end = start + name.length;
          if (!complete && end >= folded.length) continue;
          // Whole words only: "Two of Cups" must not match inside a longer word or phrase.
          if (WORD.test(folded[start - 1] ?? ' ') || WORD.test(folded[end] ?? ' ')) continue;
          if (!name.includes(' ') && (folded[start] !== first || startsSentence(folded, start))) continue;
          return text.slice(start, end);
        }
      }
    }
  }
  return undefined;
}

/** Whether `at` begins a sentence, a line or the text (looking past spaces, quotes and markup). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'«“„(*_\[>#-]/u.test(text[i]!) && text[i] !== '\n') i--;
  return i < 0 || /[.!?…:\n]/u.test(text[i]!);
}

/** The deck's words, as the made-up card check needs them. */
interface Lexicon {
  /** Card names in English without the article, lower case ("tower", "wheel of fortune"). */
  english: Set<string>;
  /** Every word of every card name in both languages and all Russian cases, lower case and folded. */
  words: string[];
  /** First words of the minor cards' names: "ace" … "king", «туз», «тузом», «двойку» … */
  ranks: Set<string>;
  /** Suit words: "wands" … "pentacles", «жезлов» … «пентаклей». */
  suits: Set<string>;
}

const LEXICONS = new WeakMap<readonly TarotCard[], Lexicon>();

function lexiconOf(deck: readonly TarotCard[]): Lexicon {
  const known = LEXICONS.get(deck);
  if (known) return known;
  const english = new Set<string>();
  const words = new Set<string>();
  const ranks = new Set<string>();
  const suits = new Set<string>();
  for (const card of deck) {
    english.add(card.text.en.name.replace(/^The /, '').toLowerCase());
    for (const lang of ['en', 'ru'] as const) {
      for (const name of namesOf(card, lang)) {
        const parts = name.toLowerCase().split(/\s+/);
        for (const part of parts) words.add(part);
        if (card.arcana === 'minor') {
          ranks.add(parts[0]!);
          suits.add(parts.at(-1)!);
        }
      }
    }
  }
  // The words of the spreads and their positions ("the Hopes and fears card", «карта Итога»).
  for (const spread of SPREADS) {
    for (const name of [spread.name, ...spread.positions.map((p) => p.name)]) {
      for (const lang of ['en', 'ru'] as const) for (const part of fold(name[lang]).toLowerCase().split(/[^\p{L}]+/u)) if (part) words.add(part);
    }
  }
  const lexicon = { english, words: [...words], ranks, suits };
  LEXICONS.set(deck, lexicon);
  return lexicon;
}

/**
 * Words that may stand before "card" with a capital without naming one: sentence openers, the
 * positions of our spreads, and words about the deck ("This card", "the Outcome card", "a Major
 * Arcana card"), in both languages (Russian matched by stem).
 */
const CARD_WORDS = [
  'this', 'that', 'these', 'each', 'every', 'your', 'one', 'another', 'which', 'any', 'our', 'a', 'an', 'its', 'their', 'the', 'last', 'first', 'second', 'third',
  'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'final', 'next', 'other', 'same', 'whole', 'middle', 'central', 'single', 'tarot', 'major', 'minor',
  'arcana', 'court', 'daily', 'today', "today's", 'present', 'past', 'future', 'challenge', 'crown', 'foundation', 'recent', 'near', 'yourself', 'self', 'environment',
  'hopes', 'fears', 'outcome', 'situation', 'action', 'you', 'them', 'connection', 'bond', 'strain', 'direction', 'hidden', 'influences', 'obstacle', 'others', 'advice',
  'possible', 'heart', 'root', 'cross', 'card', 'reversed', 'upright', 'wands', 'cups', 'swords', 'pentacles',
  'таро', 'дня', 'дневная', 'прошл', 'настоящ', 'будущ', 'вызов', 'возможн', 'основани', 'недавн', 'ближайш', 'окружени', 'надежд', 'опасени', 'итог', 'ситуаци', 'действи',
  'связ', 'сближа', 'скрыт', 'влияни', 'препятстви', 'совет', 'старш', 'младш', 'аркан', 'придворн', 'эта', 'эту', 'этой', 'каждая', 'последн', 'перв', 'втор', 'треть',
  'центральн', 'вы', 'вам', 'вас', 'ваш', 'партн', 'жезл', 'кубк', 'меч', 'пентакл',
  // Before a suit: "the suit of Cups", "the element of Swords", «масть Кубков», «стихия Жезлов».
  'suit', 'element', 'energy', 'realm', 'world', 'house', 'family', 'court', 'power', 'маст', 'стихи', 'энерги', 'карт', 'сил', 'мир', 'двор',
];

/** Whether a capitalised word after «карта» or before "card" is a word of the deck or of the spread. */
function knownWord(word: string, lexicon: Lexicon): boolean {
  const w = fold(word).toLowerCase();
  if (CARD_WORDS.some((k) => w === k || (k.length >= 3 && /[а-я]/.test(k) && w.startsWith(k)))) return true;
  // Russian words change their endings: a shared stem (all but the last two letters, at least four) counts.
  return lexicon.words.some((k) => w === k || (/[а-я]/.test(w) && commonPrefix(w, k) >= Math.max(4, Math.min(w.length, k.length) - 2)));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const CAP = String.raw`[A-Z][\p{L}'’-]*`;
const CAP_RU = String.raw`[А-ЯЁ][\p{L}-]*`;
/** "the Phoenix card", "The Wheel of Fortune card": capitalised words (with "of"/"the" between) before "card". */
const EN_CARD = new RegExp(String.raw`(${CAP}(?:\s+(?:of|the|${CAP}))*)\s+[cC]ard\b`, 'gu');
/** "Ten of Dragons", "Princess of Cups": a rank or a suit with "of" between capitalised words. */
const EN_RANKED = new RegExp(String.raw`\b(${CAP})\s+of(\s+the)?\s+(${CAP})`, 'gu');
/** «карта Феникс», «карту «Феникс»»: a capitalised word after «карта» in any case. */
const RU_CARD = new RegExp(String.raw`(?<![\p{L}])[кК]арт(?:а|у|ы|е|ой|ою)\s+[«"„“]?(${CAP_RU})`, 'gu');
/** «Девятка Драконов», «Принцесса Кубков»: two capitalised Russian words in a row. */
const RU_RANKED = new RegExp(String.raw`(?<![\p{L}])(${CAP_RU})(?=\s+(${CAP_RU}))`, 'gu');

/**
 * The first reference to a card that is not in the deck: "the Phoenix card", «карта Феникс»,
 * "Ten of Dragons", «Девятка Драконов». A reference is the pattern of a card's name — a word before
 * "card" or after «карта», a rank with a suit — and it is made up when its name is not the deck's.
 */
export function madeUpCard(text: string, deck: readonly TarotCard[]): string | undefined {
  const lexicon = lexiconOf(deck);
  const folded = fold(text);
  for (const match of folded.matchAll(EN_CARD)) {
    const words = match[1]!.split(/\s+/);
    // "Seeing the Tower card": some ending of the words is a card's name, or the last word is the spread's or the deck's.
    const named = words.some((_, i) => lexicon.english.has(words.slice(i).join(' ').toLowerCase().replace(/^the /, '')));
    if (!named && !knownWord(words.at(-1)!, lexicon)) return text.slice(match.index, match.index + match[0].length);
  }
  for (const match of folded.matchAll(EN_RANKED)) {
    const [rank, suit] = [match[1]!.toLowerCase(), match[3]!.toLowerCase()];
    if (lexicon.english.has(`${rank} of ${suit}`)) continue;
    // A rank with what is not a suit is made up ("Ten of Dragons", "Queen of the Night"); a suit
    // after what is not a rank too ("Princess of Cups"), unless the words are plain speech
    // ("the suit of Cups", "most of the Swords cards").
    const madeUp = lexicon.ranks.has(rank) ? !lexicon.suits.has(suit) : lexicon.suits.has(suit) && !match[2] && !knownWord(rank, lexicon);
    if (madeUp) return text.slice(match.index, match.index + match[0].length);
  }
  for (const match of folded.matchAll(RU_CARD)) {
    if (!knownWord(match[1]!, lexicon)) return text.slice(match.index, match.index + match[0].length);
  }
  for (const match of folded.matchAll(RU_RANKED)) {
    const [rank, suit] = [match[1]!.toLowerCase(), match[2]!.toLowerCase()];
    const madeUp = lexicon.ranks.has(rank) ? !lexicon.suits.has(suit) : lexicon.suits.has(suit) && !knownWord(rank, lexicon);
    if (madeUp) return `${match[1]} ${match[2]}`;
  }
  return undefined;
}

const words = (s: string) => fold(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A check for text repeating `secret` at length: it returns the first run of `length` words of
 * `secret` the text contains (letters and digits compared, letter case folded). Built once per
 * secret, so a streaming answer can be checked at every chunk.
 */
export function repeatsOf(secret: string, length = LEAK_RUN_WORDS): (text: string) => string | undefined {
  const secretWords = words(secret);
  const runs = new Set<string>();
  for (let i = 0; i + length <= secretWords.length; i++) runs.add(secretWords.slice(i, i + length).join(' '));
  return (text) => {
    const textWords = words(text);
    for (let i = 0; i + length <= textWords.length; i++) {
      const run = textWords.slice(i, i + length).join(' ');
      if (runs.has(run)) return run;
    }
    return undefined;
  };
}
