import { availableOf, conversion, creditLedger, CreditLedgerState, dailyCard, Decider, DomainEvent, fold, payment, subscription, tarotReading, userAccount } from '@app/domain';
import { categoryOf } from '@app/infrastructure';
import type { EventStore, RecordedEvent } from '@app/infrastructure';

/** An aggregate whose streams can be replayed: its decider, and what its state means at a glance. */
interface ReplayableAggregate {
  decider: Pick<Decider<unknown, DomainEvent, unknown>, 'initialState' | 'evolve'>;
  /** Figures worth reading beside the state (what a ledger had available). */
  facts?(state: unknown): Record<string, string | number>;
}

const replayable = <S>(decider: Pick<Decider<never, DomainEvent, S>, 'initialState' | 'evolve'>, facts?: (state: S) => Record<string, string | number>): ReplayableAggregate =>
  ({ decider, ...(facts ? { facts } : {}) }) as ReplayableAggregate;

/** Every aggregate, by its streams' category (`credits-<userId>`, `reading-<readingId>`, …). */
const AGGREGATES: Record<string, ReplayableAggregate> = {
  credits: replayable(creditLedger, (state: CreditLedgerState) => ({ available: availableOf(state) })),
  user: replayable(userAccount),
  reading: replayable(tarotReading),
  conversion: replayable(conversion),
  daily: replayable(dailyCard),
  payment: replayable(payment),
  subscription: replayable(subscription),
};

/** The stream categories that can be replayed. */
export const REPLAYABLE_CATEGORIES: readonly string[] = Object.keys(AGGREGATES);

/** Whether `streamName` belongs to an aggregate that can be replayed. */
export function isReplayable(streamName: string): boolean {
  return Object.hasOwn(AGGREGATES, categoryOf(streamName));
}

/** The moment to replay to: a log position, or a time (both inclusive); neither is now. */
export interface ReplayPoint {
  position?: number;
  at?: Date;
}

export interface StreamReplay {
  stream: string;
  /** The aggregate's category (`credits`, `user`, `reading`, `conversion`, `daily`). */
  category: string;
  /** How many events the stream holds now. */
  total: number;
  /** The events that led to the state, in stream order. */
  events: RecordedEvent[];
  /** The aggregate's state as it was then. */
  state: unknown;
  /** Figures derived from the state (a ledger's `available`), for display. */
  facts: Record<string, string | number>;
}

/**
 * Any stream of any aggregate as it was at a log position or a time: its events up to then,
 * folded by the aggregate's own decider (upcast on read, as every reader sees them). An event
 * counts when its position is at or below `position` and it occurred at or before `at`.
 */
export async function replayStream(store: Pick<EventStore, 'readStream'>, streamName: string, point: ReplayPoint = {}): Promise<StreamReplay> {
  const category = categoryOf(streamName);
  const aggregate = Object.hasOwn(AGGREGATES, category) ? AGGREGATES[category] : undefined;
  if (!aggregate) throw new Error(`no aggregate for stream category "${category}"`);
  const all = await store.readStream(streamName);
  const at = point.at?.getTime();
  const events = all.filter(
    (e) => (point.position === undefined || e.position <= point.position) && (at === undefined || Date.parse(e.metadata.occurredAt) <= at),
  );
  const state = fold(aggregate.decider, events as unknown as DomainEvent[]);
  return { stream: streamName, category, total: all.length, events, state, facts: aggregate.facts?.(state) ?? {} };
}
