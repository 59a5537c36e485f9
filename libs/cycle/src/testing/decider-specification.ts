import assert from 'node:assert/strict';
import { BusinessRuleBrokenError } from '@samverkan/shared-kernel';

/**
 * Given/when/then for a decider, modelled on Emmett's `DeciderSpecification`
 * (src/packages/emmett/src/testing/deciderSpecification.ts): the given events are folded with
 * `evolve`, the command is decided, and the events or the broken rule are compared.
 * Framework-free (node:assert), so it runs under any test runner.
 */
export interface SpecifiedDecider<Command, Event, State, Facts> {
  decide(command: Command, state: State, facts?: Facts): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface DeciderThen<Event> {
  then(expected: Event | Event[]): void;
  thenNothingHappened(): void;
  /** Expects a BusinessRuleBrokenError; with a name, for that rule. Returns the error for more checks. */
  thenThrows(ruleName?: string): BusinessRuleBrokenError;
}

export type DeciderSpecification<Command, Event, Facts> = (given: Event | Event[]) => {
  when(command: Command, facts?: Facts): DeciderThen<Event>;
};

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

export const deciderSpecification =
  <Command, Event, State, Facts>(
    decider: SpecifiedDecider<Command, Event, State, Facts>,
  ): DeciderSpecification<Command, Event, Facts> =>
  (given) => ({
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
            if (ruleName !== undefined)
              assert.equal(error.ruleName, ruleName, `expected rule ${ruleName}, got ${error.ruleName}: ${error.message}`);
            return error;
          }
          assert.fail(`expected ${ruleName ?? 'a broken rule'}, but the decider returned ${JSON.stringify(result)}`);
        },
      };
    },
  });
