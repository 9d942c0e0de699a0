import type { Language, TarotCard } from '../card';
import { cardName, englishName, genderOf, russianPrepositions, type NameCase } from './names';

/** A card as a sentence speaks of it: the card and how it lies. */
export interface FrameCard {
  card: TarotCard;
  reversed: boolean;
}

export interface FrameContext {
  language: Language;
  /** Cards by the key a frame names them with (a position id, or `card` for the card being read). */
  cards: Readonly<Record<string, FrameCard>>;
  /** Plain values: `{q}`, `{step}`… */
  values?: Readonly<Record<string, string>>;
}

const CASES: Record<string, NameCase> = { g: 'genitive', d: 'dative', a: 'accusative', i: 'instrumental', p: 'prepositional' };

/** The English plural card name (verbs agree: "the Lovers show"). */
const plural = (card: TarotCard, language: Language): boolean =>
  language === 'ru' ? genderOf(card.text.ru) === 'pl' : card.text.en.name === 'The Lovers';

/**
 * Fills a sentence frame. Slots:
 * - `{key}` the card's name (nominative); `{key:g}` `{key:d}` `{key:a}` `{key:i}` `{key:p}` its Russian cases
 *   (genitive, dative, accusative, instrumental, prepositional; English has one form);
 * - `{key=m|f|n|pl}` a Russian word agreeing with the name's gender or number («показал|показала|показало|показали»);
 * - `{key=sg|pl}` a word agreeing in number only, either language ("shows|show", «говорит|говорят»);
 * - `{name}` a plain value.
 * English names read "the Tower", "the Six of Cups" inside a sentence and "The Tower", "The Six of Cups" where one starts.
 * The first letter of the result is a capital.
 */
export function render(frame: string, context: FrameContext): string {
  const text = frame.replace(/\{(\w+)(?::([gdaip]))?(?:=([^}]*))?\}/g, (slot, key: string, nameCase?: string, forms?: string) => {
    const placed = context.cards[key];
    if (!placed) {
      const value = context.values?.[key];
      if (value === undefined) throw new Error(`frame slot ${slot} has no value`);
      return value;
    }
    if (forms !== undefined) return agreeing(placed.card, context.language, forms.split('|'), slot);
    const name = cardName(placed.card, context.language, nameCase ? CASES[nameCase] : 'nominative');
    return context.language === 'en' ? englishName(placed.card) : name;
  });
  const sentences = context.language === 'en' ? text.replace(/(^|[.!?]\s+)the /g, '$1The ') : russianPrepositions(text);
  return sentences.charAt(0).toLocaleUpperCase() + sentences.slice(1);
}


function agreeing(card: TarotCard, language: Language, forms: string[], slot: string): string {
  if (forms.length === 2) return forms[plural(card, language) ? 1 : 0]!;
  if (forms.length === 4 && language === 'ru') return forms[{ m: 0, f: 1, n: 2, pl: 3 }[genderOf(card.text.ru)]]!;
  throw new Error(`frame slot ${slot}: give sg|pl, or m|f|n|pl in Russian`);
}

/** Every form a card's name takes in the language (to find or mask it in a text). */
export function nameForms(card: TarotCard, language: Language): string[] {
  const text = card.text[language];
  if (language === 'en') return [...new Set([text.name, englishName(card), englishName(card).replace(/^the /, 'The ')])];
  const forms = text.forms;
  return forms ? [text.name, forms.genitive, forms.dative, forms.accusative, forms.instrumental, forms.prepositional] : [text.name];
}
