import type { TarotCard } from './card';
import type { Spread } from './spreads';

export type DeckChoice = 'full' | 'major';

export interface DrawOptions {
  deck: DeckChoice;
  reversals: boolean;
}

export interface DrawnCard {
  position: string;
  cardId: string;
  reversed: boolean;
}

/** Uniform integer in [0, maxExclusive); the caller supplies a cryptographic source. */
export type RandomInt = (maxExclusive: number) => number;

export function deckFor(cards: readonly TarotCard[], choice: DeckChoice): TarotCard[] {
  return choice === 'major' ? cards.filter((c) => c.arcana === 'major') : [...cards];
}

/** Deals one card per position without repeats (partial Fisher–Yates), reversing per the user's setting. */
export function drawCards(spread: Spread, cards: readonly TarotCard[], options: DrawOptions, randomInt: RandomInt): DrawnCard[] {
  const pile = deckFor(cards, options.deck);
  if (pile.length < spread.positions.length) throw new Error(`deck too small for ${spread.id}`);
  return spread.positions.map((position, i) => {
    const j = i + randomInt(pile.length - i);
    [pile[i], pile[j]] = [pile[j]!, pile[i]!];
    return { position: position.id, cardId: pile[i]!.id, reversed: options.reversals ? randomInt(2) === 1 : false };
  });
}
