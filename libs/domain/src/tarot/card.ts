/** Languages every user-facing text exists in. */
export type Language = 'en' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'ru'];

export type Arcana = 'major' | 'minor';
export type Suit = 'wands' | 'cups' | 'swords' | 'pentacles';
export const SUITS: readonly Suit[] = ['wands', 'cups', 'swords', 'pentacles'];

/** What a question is about, as the composer reads cards for it (a decision and a general question use the meaning). */
export type Topic = 'love' | 'work' | 'money' | 'self';
export const TOPICS: readonly Topic[] = ['love', 'work', 'money', 'self'];

export interface Orientation {
  /** Three to five short keywords. */
  keywords: string[];
  /** The card's general meaning: two to four sentences in our own words. */
  meaning: string;
  /**
   * The card read for a question about each topic: one or two sentences that stand on their own
   * (no card name in them, so the composer can place them after any lead-in).
   */
  facets: Record<Topic, string>;
}

/** The forms of a Russian card name a sentence needs (e.g. «о Башне», «с Королём Жезлов»). */
export interface RussianNameForms {
  /** Grammatical gender (or number) of the name's head word: Король → m, Башня → f, Солнце → n, Влюблённые → pl. */
  gender: 'm' | 'f' | 'n' | 'pl';
  genitive: string;
  dative: string;
  accusative: string;
  instrumental: string;
  prepositional: string;
}

export interface CardText {
  name: string;
  /** Russian only: the name's gender and cases. */
  forms?: RussianNameForms;
  upright: Orientation;
  reversed: Orientation;
}

export interface TarotCard {
  /** Stable id used in events: `major-00` … `major-21`, `wands-01` … `wands-14` (11 page, 12 knight, 13 queen, 14 king). */
  id: string;
  arcana: Arcana;
  /** Minor arcana only. */
  suit?: Suit;
  /** Major: 0–21. Minor: 1 (ace) – 10, 11 page, 12 knight, 13 queen, 14 king. */
  number: number;
  text: Record<Language, CardText>;
}
