import { Decider, DomainEvent } from '../shared/decider';
import { invalid } from '../shared/errors';
import type { DrawnCard } from './draw';

/** One stream per user per UTC day: `daily-<userId>-<YYYY-MM-DD>`. */
export const dailyStream = (userId: string, day: string): string => `daily-${userId}_${day}`;
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

export type DailyCardDrawn = DomainEvent<'DailyCardDrawn', { userId: string; day: string; card: DrawnCard }>;
export type DailyCardEvent = DailyCardDrawn;

export interface DrawDailyCard {
  type: 'DrawDailyCard';
  commandId: string;
  userId: string;
  day: string;
  /** Drawn by the caller; used only if no card was drawn for this day yet. */
  card: DrawnCard;
}

export interface DailyCardState {
  card?: DrawnCard;
}

/** One free card per user per UTC day: asking again the same day keeps the first card. */
export const dailyCard: Decider<DrawDailyCard, DailyCardEvent, DailyCardState> = {
  name: 'DailyCard',
  initialState: () => ({}),
  evolve: (_state, event) => ({ card: event.data.card }),
  decide(command, state) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(command.day)) throw invalid('day must be YYYY-MM-DD');
    if (state.card) return [];
    return [{ type: 'DailyCardDrawn', data: { userId: command.userId, day: command.day, card: command.card } }];
  },
};
