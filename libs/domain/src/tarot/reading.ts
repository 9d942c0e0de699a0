import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { requireNonEmpty } from '../shared/guards';
import { normalizeText } from '../shared/text';
import type { Language } from './card';
import type { DeckChoice, DrawnCard } from './draw';
import { spreadById, SpreadId } from './spreads';

/** One stream per reading: `reading-<readingId>`. */
export const readingStream = (readingId: string): string => `reading-${readingId}`;

export const QUESTION_MIN = 1;
export const QUESTION_MAX = 500;

export type ReadingSource = 'llm' | 'offline';
export type ReadingFailureReason = 'llm_failed' | 'llm_timeout' | 'llm_blocked' | 'delivery_failed' | 'insufficient_credits' | 'internal';

export type ReadingRequested = DomainEvent<
  'ReadingRequested',
  {
    readingId: string;
    userId: string;
    spreadId: SpreadId;
    question: string;
    language: Language;
    deck: DeckChoice;
    reversals: boolean;
    reservationId: string;
    price: number;
  }
>;
export type CardsDrawn = DomainEvent<'CardsDrawn', { readingId: string; userId: string; cards: DrawnCard[] }>;
export type ReadingGenerated = DomainEvent<
  'ReadingGenerated',
  { readingId: string; userId: string; text: string; source: ReadingSource; model?: string }
>;
export type ReadingDelivered = DomainEvent<'ReadingDelivered', { readingId: string; userId: string }>;
export type ReadingFailed = DomainEvent<'ReadingFailed', { readingId: string; userId: string; reason: ReadingFailureReason; detail?: string }>;

export type ReadingEvent = ReadingRequested | CardsDrawn | ReadingGenerated | ReadingDelivered | ReadingFailed;
export const READING_EVENT_TYPES = [
  'ReadingRequested',
  'CardsDrawn',
  'ReadingGenerated',
  'ReadingDelivered',
  'ReadingFailed',
] as const satisfies readonly ReadingEvent['type'][];

interface Base {
  commandId: string;
  readingId: string;
}
export interface InterpretationText {
  text: string;
  source: ReadingSource;
  model?: string;
}
/**
 * Requests a reading with the cards already dealt (by a cryptographic source the caller owns).
 * An interpretation that is a pure function of those cards (the offline composer) may come with
 * it, and is then recorded in the same append.
 */
export type RequestReading = Base & { type: 'RequestReading'; cards: DrawnCard[]; interpretation?: InterpretationText } & Omit<
    ReadingRequested['data'],
    'readingId'
  >;
export type RecordInterpretation = Base & { type: 'RecordInterpretation' } & InterpretationText;
export type MarkReadingDelivered = Base & { type: 'MarkReadingDelivered' };
export type FailReading = Base & { type: 'FailReading'; reason: ReadingFailureReason; detail?: string };
export type ReadingCommand = RequestReading | RecordInterpretation | MarkReadingDelivered | FailReading;

export type ReadingStatus = 'none' | 'requested' | 'drawn' | 'generated' | 'delivered' | 'failed';

export interface ReadingState {
  status: ReadingStatus;
  request?: ReadingRequested['data'];
  cards?: DrawnCard[];
  text?: string;
}

/**
 * Checks a question the way the bot shows it to the user; returns it normalised (`normalizeText`:
 * no control or zero-width characters). `details.empty` when nothing visible is left.
 */
export function validateQuestion(question: string): string {
  const text = normalizeText(question);
  if (text.length < QUESTION_MIN || text.length > QUESTION_MAX) {
    throw invalid(`a question must be ${QUESTION_MIN}-${QUESTION_MAX} characters`, { length: text.length, max: QUESTION_MAX, empty: text.length === 0 });
  }
  return text;
}

function decide(command: ReadingCommand, state: ReadingState): ReadingEvent[] {
  requireNonEmpty(command.readingId, 'readingId', 200);
  const notStarted = () => new DomainError('invalid_command', 'no such reading', { readingId: command.readingId });
  switch (command.type) {
    case 'RequestReading': {
      if (state.status !== 'none') return [];
      const spread = spreadById(command.spreadId);
      if (!spread) throw invalid(`unknown spread ${command.spreadId}`);
      if (command.price !== spread.price) throw invalid('price does not match the spread', { price: command.price });
      const ids = command.cards.map((c) => c.cardId);
      if (command.cards.length !== spread.positions.length || new Set(ids).size !== ids.length) {
        throw invalid('one distinct card per position is required');
      }
      if (command.cards.some((c, i) => c.position !== spread.positions[i]!.id)) throw invalid('cards must follow the spread positions');
      if (!command.reversals && command.cards.some((c) => c.reversed)) throw invalid('reversals are off for this reading');
      const { type: _type, commandId: _commandId, cards, interpretation, ...data } = command;
      return [
        { type: 'ReadingRequested', data: { ...data, question: validateQuestion(command.question) } },
        { type: 'CardsDrawn', data: { readingId: command.readingId, userId: command.userId, cards } },
        ...(interpretation ? [generated(command.readingId, command.userId, interpretation)] : []),
      ];
    }
    case 'RecordInterpretation': {
      if (state.status === 'none') throw notStarted();
      if (state.status === 'generated' || state.status === 'delivered') return [];
      if (state.status !== 'drawn') throw new DomainError('invalid_command', `cannot interpret a reading that is ${state.status}`);
      return [generated(command.readingId, state.request!.userId, command)];
    }
    case 'MarkReadingDelivered': {
      if (state.status === 'delivered') return [];
      if (state.status !== 'generated') throw new DomainError('invalid_command', `cannot deliver a reading that is ${state.status}`);
      return [{ type: 'ReadingDelivered', data: { readingId: command.readingId, userId: state.request!.userId } }];
    }
    case 'FailReading': {
      if (state.status === 'none') throw notStarted();
      if (state.status === 'failed') return [];
      if (state.status === 'delivered') throw new DomainError('invalid_command', 'a delivered reading cannot fail');
      return [
        {
          type: 'ReadingFailed',
          data: { readingId: command.readingId, userId: state.request!.userId, reason: command.reason, ...(command.detail ? { detail: command.detail } : {}) },
        },
      ];
    }
  }
}

function generated(readingId: string, userId: string, interpretation: InterpretationText): ReadingGenerated {
  const text = requireNonEmpty(interpretation.text, 'text', 20_000);
  return {
    type: 'ReadingGenerated',
    data: { readingId, userId, text, source: interpretation.source, ...(interpretation.model ? { model: interpretation.model } : {}) },
  };
}

function evolve(state: ReadingState, event: ReadingEvent): ReadingState {
  switch (event.type) {
    case 'ReadingRequested':
      return { status: 'requested', request: event.data };
    case 'CardsDrawn':
      return { ...state, status: 'drawn', cards: event.data.cards };
    case 'ReadingGenerated':
      return { ...state, status: 'generated', text: event.data.text };
    case 'ReadingDelivered':
      return { ...state, status: 'delivered' };
    case 'ReadingFailed':
      return { ...state, status: 'failed' };
  }
}

export const tarotReading: Decider<ReadingCommand, ReadingEvent, ReadingState> = {
  name: 'TarotReading',
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
