import type { Language, TarotCard } from './card';
import { SPREADS } from './spreads';

/**
 * The checks a reading written by a language model must pass before it is delivered (and charged):
 * it is in the user's language, names every drawn card, names no other card of the deck (unless the
 * user's own question did), invents no card, and does not repeat its instructions back.
 */
export type AnswerCheck = 'prompt_leak' | 'meta_text' | 'wrong_language' | 'undrawn_card' | 'made_up_card' | 'missing_card' | 'too_short';

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
  /**
   * The fewest words the reading was asked to have (the prompt's figure): an answer with fewer than
   * half of them is no reading ("The Tower. Three of Cups. Strength." and a poem), whatever it names.
   */
  minWords?: number;
}

/** The first check the answer fails, or undefined when it may be delivered. */
export function checkAnswer(answer: AnswerToCheck): AnswerFault | undefined {
  const { text, language, drawn, question, deck, secret, minWords } = answer;
  if (secret) {
    const run = repeatsOf(secret)(text);
    if (run) return { check: 'prompt_leak', detail: run };
  }
  const meta = metaText(text);
  if (meta) return { check: 'meta_text', detail: meta };
  const foreign = wrongLanguage(text, language);
  if (foreign) return { check: 'wrong_language', detail: foreign };
  const stray = undrawnCardNamed(text, drawn, deck, language, { allowed: cardsNamedIn(question, deck) });
  if (stray) return { check: 'undrawn_card', detail: stray };
  const invented = madeUpCard(text, deck, { question });
  if (invented) return { check: 'made_up_card', detail: invented };
  const byId = new Map(deck.map((card) => [card.id, card]));
  for (const { cardId } of drawn) {
    const card = byId.get(cardId);
    if (card && !namesCard(text, card, language)) return { check: 'missing_card', detail: card.text[language].name };
  }
  if (minWords !== undefined) {
    const count = words(text).length;
    if (count < minWords * SHORT_SHARE) return { check: 'too_short', detail: `${count} words, ${minWords} asked for` };
  }
  return undefined;
}

/** An answer with fewer words than this share of the fewest asked for is too short to be a reading. */
export const SHORT_SHARE = 0.5;

/**
 * Words about the machinery rather than the cards: the prompt's field names, "JSON", "the system
 * prompt", "my instructions", «системный промпт», «мои инструкции». A reading has no reason to say them.
 */
const META = [
  /\b(?:position_question|card_count)\b/i,
  /["“«](?:choice|position_question|card_count|facet|keywords)["”»]/i,
  /\bJSON\b/i,
  /\bsystem\s+prompt/i,
  /\b(?:my|these)\s+(?:own\s+)?(?:instructions|prompt)\b/i,
  /\bI\s+(?:was|am|have\s+been|'ve\s+been)\s+(?:instructed|told\s+to)\b/i,
  /системн\p{L}*\s+(?:промпт|подсказк|инструкци)/iu,
  /промпт/iu,
  /(?<!\p{L})(?:мо[иейюя]\p{L}*|эт[иох]\p{L}*|данн\p{L}*|полученн\p{L}*|заданн\p{L}*|мне)\s+(?:\p{L}+\s+)?инструкци/iu,
  /инструкци\p{L}*\s+(?:мне|для\s+меня|котор\p{L}*\s+(?:мне|я))/iu,
];

/** The first words of the answer about the machinery, or undefined. */
export function metaText(text: string): string | undefined {
  for (const pattern of META) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** Ukrainian letters (і ї є ґ) above this share of the Cyrillic letters: the answer is not Russian. */
export const FOREIGN_LETTERS = 0.01;
/** The language's commonest words below this share of the words: the answer is in another language written in the same script. */
export const FUNCTION_WORD_SHARE = 0.1;
/** Texts with fewer words than this are too short for the function-word share to mean anything. */
const FUNCTION_WORD_MIN = 12;

const FUNCTION_WORDS: Record<Language, Set<string>> = {
  en: new Set(
    'the and of to you is in your it are for with that this be on what can will not or at by from may have has an its into but more as if they their than when how who yourself was there which do does'.split(' '),
  ),
  ru: new Set(
    'и в не что это вы на с как а но к по о от из за у для то же ли вас вам ваш ваша ваше ваши вашей вашего все всё он она они его её так уже если чтобы или бы до при себя себе что-то может этот эта эти того тем чем когда где'.split(' ').map((w) => w.replace(/ё/g, 'е')),
  ),
};

/**
 * The share of the text's words that are the language's commonest (function) words. English leaves
 * out "a", a Spanish and French word too; a reading in English has a quarter or more of them, the
 * deck's shortest meanings over a tenth, a French or Spanish answer naming English cards less.
 */
export function functionWordShare(text: string, language: Language): number {
  const all = words(text);
  if (all.length === 0) return 1;
  return all.filter((w) => FUNCTION_WORDS[language].has(w)).length / all.length;
}

/** Why the answer is not in the language, or undefined: the script first, then Ukrainian letters in Russian, then the function words. */
export function wrongLanguage(text: string, language: Language): string | undefined {
  const share = languageShare(text, language);
  if (share < LANGUAGE_SHARE) return `${Math.round(share * 100)}% of the letters are ${language === 'ru' ? 'Cyrillic' : 'Latin'}`;
  if (language === 'ru') {
    const cyrillic = [...text].filter((c) => CYRILLIC.test(c)).length;
    const ukrainian = [...text].filter((c) => /[іїєґІЇЄҐ]/u.test(c)).length;
    if (cyrillic > 0 && ukrainian / cyrillic > FOREIGN_LETTERS) return `${ukrainian} letters of another alphabet (і, ї, є, ґ)`;
  }
  const count = words(text).length;
  if (count >= FUNCTION_WORD_MIN) {
    const common = functionWordShare(text, language);
    if (common < FUNCTION_WORD_SHARE) return `${Math.round(common * 100)}% of the words are common ${language === 'ru' ? 'Russian' : 'English'} words`;
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
  // The American spelling of Judgement names the same card.
  const aliases = language === 'en' && text.name === 'Judgement' ? ['Judgment'] : [];
  return [...new Set([text.name, ...forms, ...aliases].map(fold))];
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

/**
 * The ids of the cards a question names, in either language and any form: a name of several words
 * in any letter case ("I keep seeing the tower"); a one-word name, an everyday word too, only with
 * its capital inside a sentence («мне снится Башня») or with "card"/«карта» beside it ("the death
 * card", «карта смерть»), so "my world", «силу», «до суда» name no card.
 */
export function cardsNamedIn(question: string, deck: readonly TarotCard[]): string[] {
  const folded = fold(question);
  const lower = folded.toLowerCase();
  // "The World" counts in any case with its article ("the world"), as "World" only as a one-word name does ("my world" names no card).
  const forms = (card: TarotCard, lang: Language) => namesOf(card, lang).flatMap((name) => (lang === 'en' && /^The \S+$/.test(name) ? [name, name.slice(4)] : [name]));
  const names = (card: TarotCard, lang: Language) =>
    forms(card, lang).some((name) => {
      if (name.includes(' ')) return containsWords(question, name);
      const needle = name.toLowerCase();
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (WORD.test(lower[at - 1] ?? ' ') || WORD.test(lower[end] ?? ' ')) continue;
        if (folded[at] === name[0] && !startsSentence(folded, at)) return true;
        if (CARD_BEFORE.test(lower.slice(Math.max(0, at - 12), at)) || CARD_AFTER.test(lower.slice(end, end + 12))) return true;
      }
      return false;
    });
  return deck.filter((card) => names(card, 'en') || names(card, 'ru')).map((card) => card.id);
}

/** "card"/«карта»/«аркан» right before a name ("card Death", «карта Башня», «карту «Башня»»). */
const CARD_BEFORE = /(?:\bcard|(?<!\p{L})(?:карт|аркан)\p{L}*)[\s"'«“„(]+$/u;
/** "card"/«карта»/«аркан» right after a name ("the Death card", «Башня-карта» hardly, «Смерть (карта)»). */
const CARD_AFTER = /^[\s"'»”)]*[-–—,:(]?\s*(?:card\b|карт|аркан)/u;
/** An orientation within a few words after a name: "Strength, reversed", "Death (upright)", «Башня (перевёрнутая)», «в прямом положении». */
const ORIENTED_AFTER = /^[^.!?\n]{0,30}?(?<!\p{L})(?:reversed|upright|inverted|перев[её]рнут\p{L}*|в\s+прямом|прям\p{L}*\s+положени)/iu;

/** Whether a one-word name at `start`..`end` is marked as a card by the words around it. */
function markedAsCard(lower: string, start: number, end: number): boolean {
  return CARD_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) || CARD_AFTER.test(lower.slice(end, end + 12)) || ORIENTED_AFTER.test(lower.slice(end, end + 40));
}

/**
 * Words right before a Russian one-word name that make it the sky or a body of state, not a card
 * («вокруг Солнца», «свет Луны», «растущей Луны», «Конституционный Суд», «Вооружённые Силы»),
 * matched by stem.
 */
const RU_PLAIN_BEFORE = /(?<!\p{L})(?:вокруг|восход|закат|свет|луч|затмени|фаз|орбит|диск|растущ|убывающ|полн|ночн|утренн|вечерн|палящ|восходящ|заходящ|небесн|летн|зимн|весенн|осенн|конституционн|верховн|арбитражн|вооруженн|военн|международн|европейск|высш|районн|городск|мирово|областн|космическ|вселенск)\p{L}*[ \t]+$/u;

/**
 * The first card name in `text` that is neither among the drawn cards nor `allowed`. A name counts
 * as written the way a card is named: its capitals in place (the first letter may be either case),
 * so "the World", "Three of Cups" and «про Башню» count while "the world around you", "the sun" and
 * the idiom «колесо фортуны» do not. One-word names ("Death", «Башня», «Мир») are everyday words
 * too: they count inside a sentence ("the Death card", «карта Башня»), and at its start only when
 * an orientation or "card" marks them ("Death (upright) reminds you", «Башня, перевёрнутая, …»),
 * not «Мир вокруг вас». Nor do names inside other proper names ("the World Bank", "Department of
 * Justice", «Конституционный Суд», «вокруг Солнца»). Russian names count in every case. While an answer streams in, `from` limits
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
  const lower = folded.toLowerCase();
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
          if (!name.includes(' ')) {
            if (folded[start] !== first) continue;
            // At a sentence's start a one-word name is an everyday word, unless an orientation or "card" marks it as a card ("Death (upright) reminds you…").
            if (startsSentence(folded, start) && !markedAsCard(lower, start, end)) continue;
          }
          if (lang === 'en' && plainEnglishName(folded, start, end)) continue;
          if (lang === 'ru' && !name.includes(' ') && plainRussianName(folded, start)) continue;
          return text.slice(start, end);
        }
      }
    }
  }
  return undefined;
}

/**
 * Whether an English name is part of another proper name: a capitalised word follows ("the World
 * Bank", "Judgement Day") or "of" comes before ("Department of Justice").
 */
function plainEnglishName(text: string, start: number, end: number): boolean {
  if (/^[ \t]+[A-Z]/.test(text.slice(end, end + 2))) return true;
  return /\bof\s+$/i.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Whether a Russian one-word name is the sky or part of another proper name (RU_PLAIN_BEFORE).
 */
function plainRussianName(text: string, start: number): boolean {
  return RU_PLAIN_BEFORE.test(text.slice(Math.max(0, start - 24), start).toLowerCase());
}

/** Whether `at` begins a sentence, a line or the text (looking past spaces, quotes, dashes and markup). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'«“„(*_\[>#—–-]/u.test(text[i]!) && text[i] !== '\n') i--;
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
    if (card.text.en.name === 'Judgement') english.add('judgment');
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
  // Determiners and idioms: "Neither card", "No card here", "Whatever card", "a wild card", "a hope card".
  'neither', 'no', 'whatever', 'whichever', 'either', 'both', 'such', 'what', 'some', 'wild', 'hope', 'trump', 'calling', 'business', 'credit', 'gift', 'post',
  'birthday', 'greeting', 'report', 'playing', 'key', 'red', 'yellow', 'green', 'index', 'sim', 'id', 'score', 'name', 'dance', 'race', 'safety', 'strongest',
  // Openers before an orientation: "Yes, reversed cards…", "Here, upright…".
  'yes', 'here', 'now', 'then', 'so', 'but', 'and', 'or', 'even', 'still', 'once', 'when', 'if', 'also', 'again', 'only', 'there', 'all', 'many', 'most', 'none', 'two',
  'three', 'four', 'five', 'both', 'why', 'how', 'where', 'whether', 'today', 'often', 'sometimes', 'usually', 'however', 'finally', 'together', 'instead', 'meanwhile',
  'otherwise', 'therefore', 'thus', 'yet', 'indeed', 'it', 'she', 'he', 'they', 'there', 'well', 'again', 'above', 'below', 'beside', 'reading', 'spread',
  'да', 'нет', 'здесь', 'сейчас', 'теперь', 'тогда', 'но', 'и', 'или', 'даже', 'если', 'когда', 'все', 'обе', 'оба', 'две', 'три', 'ни', 'никакая', 'любая', 'иногда',
  'итак', 'однако', 'впрочем', 'поэтому', 'также', 'затем', 'потом', 'наконец', 'кроме', 'вместе', 'важно', 'кстати', 'он', 'она', 'оно', 'они', 'этот', 'это', 'тот', 'та',
  'расклад', 'позици', 'положени',
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
/** «карта Феникс», «карту «Феникс»», «Аркан Феникс»: a capitalised word after «карта» or «аркан» in any case. */
const RU_CARD = new RegExp(String.raw`(?<![\p{L}])(?:[кК]арт(?:а|у|ы|е|ой|ою)|[аА]ркан(?:а|у|ом|е)?)\s+[«"„“]?(${CAP_RU})`, 'gu');
/** "the card of the Phoenix", "the Arcana of the Phoenix": a capitalised name after "card of". */
const EN_CARD_OF = new RegExp(String.raw`\b(?:[cC]ard|[aA]rcan(?:a|um))\s+of\s+(?:the\s+)?(${CAP}(?:\s+(?:of|the|${CAP}))*)`, 'gu');
/** "The Oracle, reversed", "the Phoenix (upright)": capitalised words followed by an orientation. */
const EN_ORIENTED = new RegExp(String.raw`(${CAP}(?:\s+(?:of|the|${CAP}))*)\s*(?:,|\(|—|–|-)\s*(?:reversed|upright|inverted)\b`, 'gu');
/** «Феникс (перевёрнутый)», «Оракул, в прямом положении». */
const RU_ORIENTED = new RegExp(String.raw`(?<![\p{L}])(${CAP_RU}(?:\s+${CAP_RU})*)\s*(?:,|\(|—|–|-)\s*(?:перев[её]рнут|в\s+прямом|прям\p{L}*\s+положени)`, 'gu');
/** «Девятка Драконов», «Принцесса Кубков»: two capitalised Russian words in a row. */
const RU_RANKED = new RegExp(String.raw`(?<![\p{L}])(${CAP_RU})(?=\s+(${CAP_RU}))`, 'gu');

/**
 * The first reference to a card that is not in the deck: "the Phoenix card", «карта Феникс»,
 * "Ten of Dragons", «Девятка Драконов». A reference is the pattern of a card's name — a word before
 * "card" or after «карта», a rank with a suit — and it is made up when its name is not the deck's.
 */
export function madeUpCard(text: string, deck: readonly TarotCard[], options: { question?: string; complete?: boolean } = {}): string | undefined {
  const { question = '', complete = true } = options;
  // While streaming, the last word may not be whole yet ("карта Баш…"): leave it for the next chunk.
  const whole = complete ? text : text.replace(/[\p{L}\p{N}'’-]+$/u, '');
  // A made-up card the user's own question names as a card ("I drew the Princess of Cups", «мне
  // выпала карта Феникс») may be spoken of; a word of the question alone allows nothing.
  const asked = [...madeUpReferences(question, deck)].map((ref) => nameWords(ref.name));
  for (const { hit, name } of madeUpReferences(whole, deck)) {
    const parts = nameWords(name);
    if (!asked.some((own) => parts.length > 0 && parts.every((w) => own.some((q) => sameWord(w, q))))) return hit;
  }
  return undefined;
}

const nameWords = (name: string) => words(name).filter((w) => w !== 'the' && w !== 'of');
/** The same word, a Russian one in any case («Феникс», «Фениксом»). */
const sameWord = (a: string, b: string) => a === b || (/[а-я]/.test(a) && commonPrefix(a, b) >= Math.max(4, Math.min(a.length, b.length) - 2));

/** Every reference to a card not in the deck, in order of the patterns: what the text shows (`hit`) and the name it gives. */
function* madeUpReferences(whole: string, deck: readonly TarotCard[]): Generator<{ hit: string; name: string }> {
  const lexicon = lexiconOf(deck);
  const folded = fold(whole);
  const englishName = (names: string[]) => names.some((_, i) => lexicon.english.has(names.slice(i).join(' ').toLowerCase().replace(/^the /, '')));
  for (const match of folded.matchAll(EN_CARD)) {
    const words = match[1]!.split(/\s+/);
    // "Seeing the Tower card": some ending of the words is a card's name, or the last word is the spread's or the deck's.
    if (!englishName(words) && !knownWord(words.at(-1)!, lexicon)) {
      yield { hit: whole.slice(match.index, match.index + match[0].length), name: match[1]! };
    }
  }
  for (const match of folded.matchAll(EN_CARD_OF)) {
    const words = match[1]!.split(/\s+/);
    if (!lexicon.english.has(words.join(' ').toLowerCase()) && !knownWord(words[0]!, lexicon)) {
      yield { hit: whole.slice(match.index, match.index + match[0].length), name: match[1]! };
    }
  }
  // A single word opening a sentence before ", reversed" may be any word ("Honestly, reversed cards…"): it counts as a name
  // only in parentheses or set off on both sides ("Oracle, reversed, warns").
  const apposition = (match: RegExpMatchArray, words: string[]) => {
    if (words.filter((w) => !/^(?:the|of)$/i.test(w)).length > 1 || !startsSentence(folded, match.index!)) return true;
    const end = match.index! + match[0].length;
    return /\(\s*\p{L}+$/u.test(match[0]) || /^\p{L}*(?:\s+положени\p{L}*)?\s*[,)—–]/u.test(folded.slice(end, end + 24));
  };
  for (const match of folded.matchAll(EN_ORIENTED)) {
    const words = match[1]!.split(/\s+/);
    if (!apposition(match, words)) continue;
    // "Past: The Tower, upright", "Three of Cups, reversed": a card's name; "Yes, reversed cards…": a word of speech.
    if (!englishName(words) && !words.some((w) => !/^(?:the|of)$/i.test(w) && knownWord(w, lexicon))) {
      yield { hit: whole.slice(match.index, match.index + match[1]!.length), name: match[1]! };
    }
  }
  for (const match of folded.matchAll(RU_ORIENTED)) {
    const words = match[1]!.split(/\s+/);
    if (!apposition(match, words)) continue;
    if (!words.some((w) => knownWord(w, lexicon))) {
      yield { hit: whole.slice(match.index, match.index + match[1]!.length), name: match[1]! };
    }
  }
  for (const match of folded.matchAll(EN_RANKED)) {
    const [rank, suit] = [match[1]!.toLowerCase(), match[3]!.toLowerCase()];
    if (lexicon.english.has(`${rank} of ${suit}`)) continue;
    // A rank with what is not a suit is made up ("Ten of Dragons", "Queen of the Night"); a suit
    // after what is not a rank too ("Princess of Cups"), unless the words are plain speech
    // ("the suit of Cups", "most of the Swords cards").
    const madeUp = lexicon.ranks.has(rank) ? !lexicon.suits.has(suit) : lexicon.suits.has(suit) && !match[2] && !knownWord(rank, lexicon);
    if (madeUp) yield { hit: whole.slice(match.index, match.index + match[0].length), name: `${match[1]} ${match[3]}` };
  }
  for (const match of folded.matchAll(RU_CARD)) {
    if (!knownWord(match[1]!, lexicon)) yield { hit: whole.slice(match.index, match.index + match[0].length), name: match[1]! };
  }
  for (const match of folded.matchAll(RU_RANKED)) {
    const [rank, suit] = [match[1]!.toLowerCase(), match[2]!.toLowerCase()];
    const madeUp = lexicon.ranks.has(rank) ? !lexicon.suits.has(suit) : lexicon.suits.has(suit) && !knownWord(rank, lexicon);
    if (madeUp) yield { hit: `${match[1]} ${match[2]}`, name: `${match[1]} ${match[2]}` };
  }
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
