import { deepStrictEqual, fail, strictEqual } from 'node:assert/strict';
import { BusinessRuleBrokenError } from '@samverkan/shared-kernel';

/**
 * Given/when/then for a pure decider, after Emmett's `DeciderSpecification`:
 *
 *   spec.given(events).when(command).then(expectedEvents)
 *   spec.given(events).when(command).thenRefuses('RuleName')
 *
 * Framework-free (node:assert), so that it imports no test runner and can live beside the code.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface WhenResult<Event> {
  then(expected: readonly Event[]): void;
  thenRefuses(ruleName: string): BusinessRuleBrokenError;
}

export interface Given<Command, Event> {
  when(command: Command): WhenResult<Event>;
}

export interface DeciderSpecification<Command, Event> {
  given(events: readonly Event[]): Given<Command, Event>;
}

export const deciderSpecification = <Command, Event, State>(
  decider: Decider<Command, Event, State>,
): DeciderSpecification<Command, Event> => ({
  given: (events) => ({
    when: (command) => {
      const run = (): Event[] => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected) => deepStrictEqual(run(), expected),
        thenRefuses: (ruleName) => {
          let produced: Event[];
          try {
            produced = run();
          } catch (error) {
            if (!(error instanceof BusinessRuleBrokenError)) throw error;
            strictEqual(error.ruleName, ruleName, `expected rule ${ruleName} to refuse, but ${error.ruleName} did: ${error.message}`);
            return error;
          }
          return fail(`expected rule ${ruleName} to refuse, but the command was accepted: ${JSON.stringify(produced)}`);
        },
      };
    },
  }),
});
