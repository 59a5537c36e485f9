import { describe, expect, it } from '@jest/globals';
import { decideFocusArea } from '../focus-area.decider.js';
import { focusAreaEvent, type FocusAreaEvent } from '../focus-area.events.js';
import { foldFocusArea } from '../focus-area.fold.js';
import { cycleMachine, FOCUS_AREA_MACHINES, machineRegistry, UnknownMachineVersionError } from '../focus-area.machine.js';
import { nextActions } from '../next-actions.js';
import type { Step } from '../steps.js';
import { agreementFacts, decided, ev, history } from '../testing/focus-area.fixtures.js';
import { CYCLE_TOPOLOGY_1_1, type Topology } from '../topology.js';

/**
 * A version 2.0.0 of the machine, for this spec only: a prioritised focus area is first screened
 * (does it belong in the plan?) before mapping starts.
 */
const screening = 'screening' as Step;
const V2_TOPOLOGY = {
  ...CYCLE_TOPOLOGY_1_1,
  proposed: { ...CYCLE_TOPOLOGY_1_1.proposed!, moves: { ...CYCLE_TOPOLOGY_1_1.proposed!.moves, FocusAreaPrioritised: [screening] } },
  [screening]: { records: ['TransitionProposed', 'TransitionApproved', 'TransitionRejected', 'ProposalVoided'], moves: { StepAdvanced: ['mapping'] } },
} as Topology;
const v1 = FOCUS_AREA_MACHINES.versionOf('FocusAreaProposed', '1.0.0');
const v2 = cycleMachine('2.0.0', V2_TOPOLOGY);
const deployed = machineRegistry(v1, FOCUS_AREA_MACHINES.current, v2);

const facts = agreementFacts();
/** Stored as the API stores it: the machine version that accepted each event in its metadata. */
const storedUnder = (machineVersion: string, events: readonly FocusAreaEvent[]) =>
  events.map((event, i) => ({ ...event, metadata: { occurredAt: `2024-01-${String(i + 1).padStart(2, '0')}T09:00:00Z`, machineVersion } }));

describe('machine versions', () => {
  const begunUnderV1 = storedUnder('1.0.0', history().mappingDone);

  describe('given a focus area begun under version 1 and version 2 deployed', () => {
    it('loads it with the topology of version 1: its prioritisation led to mapping', () => {
      const state = foldFocusArea(facts, begunUnderV1, { machines: deployed });
      expect(state.step).toBe('mapping');
      expect(state.context.work.problemStatement?.what).toBe('Skadegörelse och ordningsstörningar');
      expect(state.context.work.sources).toHaveLength(1);
    });

    it('decides with the current machine', () => {
      const state = foldFocusArea(facts, begunUnderV1, { machines: deployed });
      const events = decideFocusArea(
        { type: 'ProposeTransition', data: { proposalId: 'p-2', transition: 'advance', grounds: 'Klart' } },
        state,
        undefined,
        v2,
      );
      expect(events).toEqual([
        focusAreaEvent('TransitionProposed', { proposalId: 'p-2', transition: 'advance', from: 'mapping', to: 'analysis', grounds: 'Klart' }),
      ]);
    });
  });

  describe('given a focus area prioritised under version 2', () => {
    const prioritisedUnderV2 = storedUnder('2.0.0', [ev.proposed(), ...decided('p-1', 'prioritise', 'proposed', screening)]);

    it('reads the version from the metadata: the same events lead to screening', () => {
      const state = foldFocusArea(facts, prioritisedUnderV2, { machines: deployed });
      expect(state.step).toBe(screening);
      expect(nextActions(state, v2)).toContain('StepAdvanced');
    });

    it('proposes prioritising into screening, the way version 2 leads', () => {
      const proposed = foldFocusArea(facts, storedUnder('1.0.0', [ev.proposed()]), { machines: deployed });
      const [event] = decideFocusArea(
        { type: 'ProposeTransition', data: { proposalId: 'p-1', transition: 'prioritise', grounds: 'Lägesbilden' } },
        proposed,
        undefined,
        v2,
      );
      expect(event).toMatchObject({ type: 'TransitionProposed', data: { from: 'proposed', to: screening } });
    });
  });

  it('refuses a stream written by a machine version this deployment does not have, naming it', () => {
    const load = () => foldFocusArea(facts, storedUnder('2.0.0', [ev.proposed()]));
    expect(load).toThrow(UnknownMachineVersionError);
    expect(load).toThrow(/FocusAreaProposed was accepted by cycle machine version 2.0.0/);
  });
});
