import type { TarotCard } from '../card';

/**
 * Cards whose upright face is hard going in the tradition (Death, the Devil, the Tower, the Moon,
 * the painful Swords, Five of Cups, Five of Pentacles, Ten of Wands). Reversed, most of them ease.
 */
const HEAVY = new Set([
  'major-13',
  'major-15',
  'major-16',
  'major-18',
  'swords-03',
  'swords-05',
  'swords-07',
  'swords-08',
  'swords-09',
  'swords-10',
  'cups-05',
  'pentacles-05',
  'wands-10',
]);

/** How a card lies for the synthesis: `open` (it helps, or a hard card easing) or `hard` (a hard card, or a good one blocked). */
export type Tone = 'open' | 'hard';

/** Death and the Tower reversed are not relief: the ending or the collapse is resisted, which is still hard going. */
const HARD_BOTH_WAYS = new Set(['major-13', 'major-16']);

export const toneOf = (card: TarotCard, reversed: boolean): Tone =>
  HARD_BOTH_WAYS.has(card.id) || HEAVY.has(card.id) !== reversed ? 'hard' : 'open';

/** A hard card lying upright (or Death and the Tower either way), as against a good card reversed: both are `hard`, differently. */
export const isHeavy = (card: TarotCard, reversed: boolean): boolean => HARD_BOTH_WAYS.has(card.id) || (HEAVY.has(card.id) && !reversed);

/** Court cards (page, knight, queen, king) can stand for people. */
export const isCourt = (card: TarotCard): boolean => card.arcana === 'minor' && card.number >= 11;

/**
 * Cards that are mixed rather than kind upright: a fight, a stalemate, withdrawal, apathy, illusion,
 * a walk away, clinging, suspension. In a place that asks what blocks they block as themselves, not
 * as "a good thing overdone".
 */
const MIXED = new Set([
  'major-09',
  'major-12',
  'wands-05',
  'wands-07',
  'wands-09',
  'swords-02',
  'swords-06',
  'cups-04',
  'cups-07',
  'cups-08',
  'pentacles-04',
]);

/** A card that is plainly kind upright: neither hard nor mixed. */
export const isKind = (card: TarotCard): boolean => !HEAVY.has(card.id) && !HARD_BOTH_WAYS.has(card.id) && !MIXED.has(card.id);
