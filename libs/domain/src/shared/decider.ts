/** An event as the domain sees it: a type name and its payload, nothing about storage. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/**
 * An aggregate's rules as three pure functions (the "decider" pattern):
 * fold past events with `evolve`, then `decide` what a command produces.
 */
export interface Decider<TCommand, TEvent extends DomainEvent, TState> {
  readonly name: string;
  initialState(): TState;
  /** May update and return the state it is given: callers fold from a fresh `initialState()`, or onto a state no one else holds. */
  evolve(state: TState, event: TEvent): TState;
  /** Returns the new events, `[]` when the command was already applied, or throws a DomainError. */
  decide(command: TCommand, state: TState): TEvent[];
}

export function fold<TEvent extends DomainEvent, TState>(
  decider: Pick<Decider<unknown, TEvent, TState>, 'initialState' | 'evolve'>,
  events: Iterable<TEvent>,
): TState {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
