import { describe, expect, it } from '@jest/globals';
import { rule } from '@samverkan/shared-kernel';
import { decideFocusArea } from '../focus-area.decider.js';
import { focusAreaEvent } from '../focus-area.events.js';
import { foldFocusArea, type FocusAreaState } from '../focus-area.fold.js';
import { cycleMachine, FOCUS_AREA_MACHINE_VERSION, machineRegistry, type GateFor } from '../focus-area.machine.js';
import { gateFor } from '../gates.js';
import { agreementFacts, decidingFor, ev, focusAreaSpec, history, MUNICIPALITY, POLICE, PRISON_SERVICE } from '../testing/focus-area.fixtures.js';
import { CYCLE_TOPOLOGY } from '../topology.js';

const facts = agreementFacts();
const h = history();
/** What a stream says, apart from the agreement's facts of today that it is read with. */
const recorded = ({ step, context: { facts: _today, ...context } }: FocusAreaState) => ({ step, context });

/** Next year's stricter measures gate: an action plan needs at least two measures. */
const atLeastTwoMeasures: GateFor = (kind, context, from, to) => [
  ...gateFor(kind, context, from, to),
  ...(kind === 'advance' && from === 'measures'
    ? [rule('AtLeastTwoMeasuresRequired', 'Handlingsplanen behöver minst två åtgärder.', () => context.work.measures.length < 2)]
    : []),
];
const tightened = cycleMachine(FOCUS_AREA_MACHINE_VERSION, CYCLE_TOPOLOGY, atLeastTwoMeasures);

const proposeDecision = { type: 'ProposeTransition', data: { proposalId: 'p-evaluation', transition: 'advance', grounds: 'Planen är klar' } } as const;
const decisionProposed = focusAreaEvent('TransitionProposed', {
  proposalId: 'p-evaluation',
  transition: 'advance',
  from: 'measures',
  to: 'evaluation',
  grounds: 'Planen är klar',
});
const approve = { type: 'ApproveTransition', data: { proposalId: 'p-evaluation' } } as const;
const approvedBy = (partyId: string) => focusAreaEvent('TransitionApproved', { proposalId: 'p-evaluation', partyId });

describe('replay never judges', () => {
  describe('when a gate is tightened after a stream was recorded', () => {
    it('the stream was accepted by the gate of its day', () => {
      focusAreaSpec(facts)(h.measuresDone).when(proposeDecision).then(decisionProposed);
    });

    it('still loads, unchanged, with the tightened gate deployed', () => {
      const today = foldFocusArea(facts, h.evaluationDone);
      const afterwards = foldFocusArea(facts, h.evaluationDone, { machines: machineRegistry(tightened) });
      expect(afterwards).toEqual(today);
      expect(afterwards.step).toBe('evaluation');
    });

    it('refuses a new proposal the tightened gate does not let through', () => {
      focusAreaSpec(facts, tightened)(h.measuresDone).when(proposeDecision).thenThrows('AtLeastTwoMeasuresRequired');
    });

    it('judges a new approval of an older proposal by the tightened gate: the approval is new', () => {
      focusAreaSpec(
        facts,
        tightened,
      )([...h.measuresDone, decisionProposed, approvedBy(MUNICIPALITY)])
        .when(approve, decidingFor(POLICE))
        .thenThrows('AtLeastTwoMeasuresRequired');
    });
  });

  describe('when the agreement gains a party after a stream was recorded', () => {
    const joined = agreementFacts({ partyIds: [MUNICIPALITY, POLICE, PRISON_SERVICE] });

    it('the moves the two original parties decided still stand', () => {
      const state = foldFocusArea(joined, h.evaluationDone);
      expect(state.step).toBe('evaluation');
      expect(recorded(state)).toEqual(recorded(foldFocusArea(facts, h.evaluationDone)));
    });

    it('a new decision waits for the new party too', () => {
      const closeProposed = focusAreaEvent('TransitionProposed', {
        proposalId: 'p-close',
        transition: 'close',
        from: 'evaluation',
        to: 'closed',
        grounds: 'Målet nått',
      });
      const approvedClose = (partyId: string) => focusAreaEvent('TransitionApproved', { proposalId: 'p-close', partyId });
      focusAreaSpec(joined)([...h.evaluationDone, closeProposed, approvedClose(MUNICIPALITY)])
        .when({ type: 'ApproveTransition', data: { proposalId: 'p-close' } }, decidingFor(POLICE))
        .then(approvedClose(POLICE));
    });
  });

  describe('when the agreement period is shortened so that a stored measure falls due after it', () => {
    const shortened = agreementFacts({ period: { from: '2023-01-01', to: '2024-12-31' } });

    it('the decided action plan still loads, its measure as it was planned', () => {
      const state = foldFocusArea(shortened, h.evaluationDone);
      expect(state.step).toBe('evaluation');
      expect(state.context.work.measures.map((m) => m.dueDate)).toEqual(['2025-06-30']);
      expect(recorded(state)).toEqual(recorded(foldFocusArea(facts, h.evaluationDone)));
    });

    it('refuses planning a new measure due after the new end', () => {
      focusAreaSpec(shortened)(h.measuresDone)
        .when({ type: 'PlanMeasure', data: { ...ev.measure().data, measureId: 'measure-2' } })
        .thenThrows('MeasureDueWithinAgreementPeriod');
    });
  });

  describe('judges each gate once per command, and never on replay', () => {
    const counting = () => {
      const calls = { count: 0 };
      const gates: GateFor = (...args) => {
        calls.count++;
        return gateFor(...args);
      };
      return { calls, cycle: cycleMachine(FOCUS_AREA_MACHINE_VERSION, CYCLE_TOPOLOGY, gates) };
    };

    it('asks the gate once for the last approval that makes the move', () => {
      const { calls, cycle } = counting();
      const state = foldFocusArea(facts, [...h.measuresDone, decisionProposed, approvedBy(MUNICIPALITY)], { machines: machineRegistry(cycle) });
      expect(calls.count).toBe(0);
      const events = decideFocusArea(approve, state, decidingFor(POLICE), cycle);
      expect(events.map((e) => e.type)).toEqual(['TransitionApproved', 'StepAdvanced']);
      expect(calls.count).toBe(1);
    });
  });
});
