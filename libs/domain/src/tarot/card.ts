/** Languages every user-facing text exists in. */
export type Language = 'en' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'ru'];

export type Arcana = 'major' | 'minor';
export type Suit = 'wands' | 'cups' | 'swords' | 'pentacles';
export const SUITS: readonly Suit[] = ['wands', 'cups', 'swords', 'pentacles'];

export interface Orientation {
  /** Three to five short keywords. */
  keywords: string[];
  /** One or two sentences in our own words. */
  meaning: string;
}

export interface CardText {
  name: string;
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
