import assert from 'node:assert/strict';
import { BusinessRuleBrokenError } from '../rule.js';

/**
 * Given/when/then for a pure decider, after Emmett's `DeciderSpecification`
 * (src/packages/emmett/src/testing/deciderSpecification.ts): the given events are folded with
 * `evolve`, the command is decided, and the events or the broken rule are compared.
 *
 *   spec.given(events).when(command).then(expectedEvents)
 *   spec.given(events).when(command, facts).thenThrows('RuleName')
 *
 * The one helper for every lib's decider specs. Framework-free (node:assert), so it runs under
 * any test runner. `facts` is what the API established before deciding (who decides for which party).
 */
export interface Decider<Command, Event, State, Facts = never> {
  decide(command: Command, state: State, facts?: Facts): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface DeciderThen<Event> {
  then(expected: Event | readonly Event[]): void;
  thenNothingHappened(): void;
  /** Expects a BusinessRuleBrokenError; with a name, for that rule. Returns the error for more checks. */
  thenThrows(ruleName?: string): BusinessRuleBrokenError;
}

export interface DeciderGiven<Command, Event, Facts> {
  when(command: Command, facts?: Facts): DeciderThen<Event>;
}

export interface DeciderSpecification<Command, Event, Facts> {
  given(events: Event | readonly Event[]): DeciderGiven<Command, Event, Facts>;
}

const asArray = <T>(value: T | readonly T[]): readonly T[] => (Array.isArray(value) ? (value as readonly T[]) : [value as T]);

export const deciderSpecification = <Command, Event, State, Facts = never>(
  decider: Decider<Command, Event, State, Facts>,
): DeciderSpecification<Command, Event, Facts> => ({
  given: (given) => ({
    when: (command, facts) => {
      const handle = () => decider.decide(command, asArray(given).reduce(decider.evolve, decider.initialState()), facts);
      return {
        then: (expected) => assert.deepStrictEqual(handle(), asArray(expected)),
        thenNothingHappened: () => assert.deepStrictEqual(handle(), []),
        thenThrows: (ruleName) => {
          let result: Event[];
          try {
            result = handle();
          } catch (error) {
            if (!(error instanceof BusinessRuleBrokenError)) throw error;
            if (ruleName !== undefined) assert.equal(error.ruleName, ruleName, `expected rule ${ruleName}, got ${error.ruleName}: ${error.message}`);
            return error;
          }
          return assert.fail(`expected ${ruleName ?? 'a broken rule'}, but the decider returned ${JSON.stringify(result)}`);
        },
      };
    },
  }),
});
