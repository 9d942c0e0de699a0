import type { TarotCard } from '../card';
import { CUPS } from './cups';
import { MAJOR_ARCANA } from './major';
import { PENTACLES } from './pentacles';
import { SWORDS } from './swords';
import { WANDS } from './wands';

/** The 78-card deck, meanings written for this project in English and Russian. */
export const DECK: readonly TarotCard[] = [...MAJOR_ARCANA, ...WANDS, ...CUPS, ...SWORDS, ...PENTACLES];

const BY_ID = new Map(DECK.map((card) => [card.id, card]));

export function cardById(id: string): TarotCard | undefined {
  return BY_ID.get(id);
}
