import type { CardText, Language, RussianNameForms, TarotCard } from '../card';

/** The grammatical cases a sentence may put a card's name in (English has one form). */
export type NameCase = 'nominative' | Exclude<keyof RussianNameForms, 'gender'>;

/** A Russian name's gender (or number); a name without forms is treated as feminine, like «Карта». */
export const genderOf = (text: CardText): RussianNameForms['gender'] => text.forms?.gender ?? 'f';

/** The card's name in the language and case: «о Башне» wants `prepositional`, «с Королём Жезлов» `instrumental`. */
export function cardName(card: TarotCard, language: Language, nameCase: NameCase = 'nominative'): string {
  const text = card.text[language];
  if (language === 'en' || nameCase === 'nominative' || !text.forms) return text.name;
  return text.forms[nameCase];
}

/**
 * A Russian word that agrees with the card's name: `agree(card, ['перевёрнутый', 'перевёрнутая', 'перевёрнутое', 'перевёрнутые'])`
 * gives «перевёрнутый» for Король, «перевёрнутые» for Влюблённые. Forms are masculine, feminine, neuter, plural.
 */
export function agree(card: TarotCard, forms: readonly [m: string, f: string, n: string, pl: string]): string {
  const index = { m: 0, f: 1, n: 2, pl: 3 }[genderOf(card.text.ru)];
  return forms[index]!;
}

/** "reversed" in the language, agreeing with the Russian name. */
export function reversedWord(card: TarotCard, language: Language): string {
  return language === 'en' ? 'reversed' : agree(card, ['перевёрнутый', 'перевёрнутая', 'перевёрнутое', 'перевёрнутые']);
}

/** The card as a heading names it: «Король Жезлов (перевёрнутый)», "The Tower (reversed)". */
export function headingName(card: TarotCard, reversed: boolean, language: Language): string {
  const name = card.text[language].name;
  return reversed ? `${name} (${reversedWord(card, language)})` : name;
}

/**
 * Russian prepositions take their fuller form before some words: «со Смертью», «со Звездой» (с before
 * с, з, ш, ж, щ with a consonant after, or «мн»), «во Влюблённых» (в before в or ф with a consonant),
 * «об Императрице», «об Отшельнике» (о before a vowel). Frames write the short form; this puts it right.
 */
export function russianPrepositions(text: string): string {
  return text
    .replace(/(^|[^\p{L}])([Сс]) (?=[СсЗзШшЖжЩщ][бвгджзйклмнпрстфхцчшщ]|[Мм]н)/gu, (_, before: string, c: string) => `${before}${c}о `)
    .replace(/(^|[^\p{L}])([Вв]) (?=[ВвФф][бвгджзйклмнпрстфхцчшщ])/gu, (_, before: string, c: string) => `${before}${c}о `)
    .replace(/(^|[^\p{L}])([Оо]) (?=[АаИиОоУуЭэ])/gu, (_, before: string, c: string) => `${before}${c}б `);
}

/** English inside a sentence: "the Tower", "the Six of Cups", "the Wheel of Fortune" (minors and the Wheel take the article), but "Strength", "Death". */
export function englishName(card: TarotCard): string {
  const name = card.text.en.name;
  if (name.startsWith('The ')) return `the ${name.slice(4)}`;
  return card.arcana === 'minor' || name === 'Wheel of Fortune' ? `the ${name}` : name;
}
