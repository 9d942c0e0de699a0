import { expect } from 'vitest';
import { Decider, DomainEvent, fold } from './decider';
import { DomainError, DomainErrorCode } from './errors';

/** Given events / when command / then events-or-error, against a decider alone (no storage). */
export function specFor<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return (given: E[] = []) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, fold(decider, given));
      return {
        then: (expected: E[]) => expect(run()).toEqual(expected),
        thenNothing: () => expect(run()).toEqual([]),
        thenThrows: (code: DomainErrorCode, details?: Record<string, unknown>) => {
          let error: unknown;
          try {
            run();
          } catch (e) {
            error = e;
          }
          expect(error, 'expected a DomainError').toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe(code);
          if (details) expect((error as DomainError).details).toMatchObject(details);
        },
      };
    },
  });
}
