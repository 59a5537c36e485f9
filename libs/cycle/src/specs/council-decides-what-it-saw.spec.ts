import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { foldFocusArea } from '../focus-area.fold.js';
import { possibleCommands } from '../next-actions.js';
import { agreementFacts, ev, focusAreaSpec, history, MUNICIPALITY, policyWith } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec();
const { mappingDone, measuresDone } = history();
const pending = focusAreaEvent('TransitionProposed', {
  proposalId: 'p-1',
  transition: 'advance',
  from: 'measures',
  to: 'evaluation',
  grounds: 'Åtgärdsplan 2024',
});
const waiting = [...measuresDone, pending, focusAreaEvent('TransitionApproved', { proposalId: 'p-1', partyId: MUNICIPALITY })];
const withdrawn = focusAreaEvent('ProposalVoided', { proposalId: 'p-1', reason: 'Åtgärden ska omformuleras först.' });

describe('the council decides what it saw', () => {
  describe('while a proposal waits for the council', () => {
    it.each([
      ['PlanMeasure', { type: 'PlanMeasure', data: ev.measure({ activity: 'Fler nattvandrare' }).data }],
      ['SetGoal', { type: 'SetGoal', data: { ...ev.smartGoal().data, target: 1.2 } }],
      ['RemoveMeasure', { type: 'RemoveMeasure', data: { measureId: 'measure-1' } }],
      ['RecordChildImpactAssessment', { type: 'RecordChildImpactAssessment', data: ev.childImpact().data }],
      ['IdentifyCause', { type: 'IdentifyCause', data: { causeId: 'cause-2', description: 'Dålig belysning', factor: 'place' } }],
      ['ChangeFocusAreaScope', { type: 'ChangeFocusAreaScope', data: { childrenAndYoungPeople: false, reason: 'Gäller vuxna.' } }],
    ] as const)('refuses to change the work it would accept (%s)', (_name, command) => {
      given(waiting).when(command).thenThrows('WorkFrozenWhileProposalPending');
    });

    it('still follows the measures up', () => {
      given(waiting)
        .when({ type: 'UpdateMeasureStatus', data: { measureId: 'measure-1', status: 'green' } })
        .then(focusAreaEvent('MeasureStatusUpdated', { measureId: 'measure-1', status: 'green' }));
    });

    it('does not offer the frozen work, and offers withdrawing the proposal', () => {
      const offered = possibleCommands(foldFocusArea(agreementFacts(), waiting)).map((c) => c.type);
      expect(offered).not.toEqual(expect.arrayContaining(['PlanMeasure']));
      expect(offered).not.toContain('SetGoal');
      expect(offered).toEqual(expect.arrayContaining(['UpdateMeasureStatus', 'VoidProposal', 'ApproveTransition']));
    });

    it('lets the coordinator withdraw the proposal with a reason', () => {
      given(waiting)
        .when({ type: 'VoidProposal', data: { proposalId: 'p-1', reason: 'Åtgärden ska omformuleras först.' } })
        .then(withdrawn);
    });

    it('refuses a withdrawal without a reason', () => {
      const refusal = given(waiting)
        .when({ type: 'VoidProposal', data: { proposalId: 'p-1', reason: '' } })
        .thenThrows('FieldRequired');
      expect(refusal.field).toBe('reason');
    });

    it('refuses to withdraw a proposal that does not wait', () => {
      given(measuresDone)
        .when({ type: 'VoidProposal', data: { proposalId: 'p-1', reason: 'Fel.' } })
        .thenThrows('ProposalMustBePending');
    });

    it('keeps the withdrawal, with its reason, until the next proposal', () => {
      const after = foldFocusArea(agreementFacts(), [...waiting, withdrawn]);
      expect(after.context.lastWithdrawal).toEqual({
        proposalId: 'p-1',
        transition: 'advance',
        from: 'measures',
        to: 'evaluation',
        reason: 'Åtgärden ska omformuleras först.',
      });
      const again = focusAreaEvent('TransitionProposed', { ...pending.data, proposalId: 'p-2' });
      expect(foldFocusArea(agreementFacts(), [...waiting, withdrawn, again]).context.lastWithdrawal).toBeNull();
    });
  });

  it('changes the work again once the proposal is withdrawn', () => {
    given([...waiting, withdrawn])
      .when({ type: 'PlanMeasure', data: ev.measure({ activity: 'Fler nattvandrare' }).data })
      .then(ev.measure({ activity: 'Fler nattvandrare' }));
  });

  it('does not freeze the work while a proposal to go back waits (it accepts none)', () => {
    const backByDecision = focusAreaSpec(agreementFacts({ policy: policyWith({ stepBack: true }) }));
    const back = focusAreaEvent('TransitionProposed', {
      proposalId: 'p-back',
      transition: 'stepBack',
      from: 'analysis',
      to: 'mapping',
      grounds: 'Ny statistik',
    });
    const inAnalysis = history().analysisDone;
    backByDecision([...inAnalysis, back])
      .when({ type: 'AddSource', data: { sourceId: 'src-2', kind: 'crimeStatistics', title: 'BRÅ 2024' } })
      .then(focusAreaEvent('SourceAdded', { sourceId: 'src-2', kind: 'crimeStatistics', title: 'BRÅ 2024' }));
  });

  it('freezes the mapping while its advance is proposed', () => {
    const proposedAdvance = focusAreaEvent('TransitionProposed', {
      proposalId: 'p-a',
      transition: 'advance',
      from: 'mapping',
      to: 'analysis',
      grounds: 'Klart',
    });
    given([...mappingDone, proposedAdvance])
      .when({ type: 'RecordProblemStatement', data: { ...ev.problemStatement().data, howOften: 'Varje dag' } })
      .thenThrows('WorkFrozenWhileProposalPending');
  });
});
