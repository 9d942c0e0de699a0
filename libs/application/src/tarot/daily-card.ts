import { randomInt } from 'node:crypto';
import { DECK, drawCards, DrawnCard, Language, Preferences, spreadById, utcDay } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { Commands } from '@app/infrastructure';
import type { SpreadRenderer } from './reading-workflow';

const ONE_CARD = spreadById('one_card')!;

export interface DailyCardDeps {
  commands: Commands;
  /** Absent, the card comes without a picture. */
  renderSpread?: SpreadRenderer;
}

export interface DailyCardRequest {
  userId: string;
  preferences: Preferences;
  /** The reader's language: the picture names the card in it. */
  language: Language;
  /** When the card is asked for: its UTC day is the card's day. */
  at?: Date;
}

export interface DailyCard {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  card: DrawnCard;
  /** The day's card was drawn before: this is it again. */
  again: boolean;
  /** The card's picture (a PNG), when a renderer is configured. */
  picture?: Buffer;
}

/** The card of the UTC day, drawn once: asked again the same day, the same card. */
export async function drawDailyCard(request: DailyCardRequest, deps: DailyCardDeps): Promise<DailyCard> {
  const day = utcDay(request.at ?? new Date());
  const [card] = drawCards(ONE_CARD, DECK, request.preferences, randomInt);
  const outcome = await deps.commands.dailyCard(
    { type: 'DrawDailyCard', commandId: deterministicId(`daily:${request.userId}:${day}`), userId: request.userId, day, card: card! },
    { actor: { kind: 'user', id: request.userId } },
  );
  const drawn = outcome.state.card!;
  const picture = deps.renderSpread ? await deps.renderSpread(ONE_CARD, [drawn], request.language) : undefined;
  return { day, card: drawn, again: outcome.appended.length === 0, ...(picture ? { picture } : {}) };
}
