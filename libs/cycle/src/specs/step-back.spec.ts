import { describe, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { agreementFacts, decidingFor, ev, focusAreaSpec, history, MUNICIPALITY, POLICE, policyWith } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec();
const { inMapping, inAnalysis, measuresDone, inEvaluation, evaluationDone } = history();
const stepBack = (to: 'mapping' | 'analysis' | 'measures' | 'evaluation', reason = 'Ny lägesbild från polisen') =>
  ({ type: 'StepBack', data: { to, reason } }) as const;

describe('step back', () => {
  it.each(['mapping', 'analysis', 'measures'] as const)('goes back from evaluation to %s with the reason', (to) => {
    given(inEvaluation)
      .when(stepBack(to))
      .then(focusAreaEvent('SteppedBack', { from: 'evaluation', to, reason: 'Ny lägesbild från polisen' }));
  });

  it('goes back from analysis to mapping', () => {
    given(inAnalysis)
      .when(stepBack('mapping'))
      .then(focusAreaEvent('SteppedBack', { from: 'analysis', to: 'mapping', reason: 'Ny lägesbild från polisen' }));
  });

  it('refuses to go "back" to the same or a later step', () => {
    given(measuresDone).when(stepBack('measures')).thenThrows('StepBackTargetMustBeEarlier');
    given(measuresDone).when(stepBack('evaluation')).thenThrows('StepBackTargetMustBeEarlier');
  });

  it('has nowhere to go back to from mapping', () => {
    given(inMapping).when(stepBack('mapping')).thenThrows('StepBackTargetMustBeEarlier');
  });

  it('is not for a focus area that is only proposed', () => {
    given([ev.proposed()]).when(stepBack('mapping')).thenThrows('TransitionNotAllowedFromStep');
  });

  it('requires a reason', () => {
    given(inEvaluation).when(stepBack('mapping', '')).thenThrows('FieldRequired');
  });

  describe('when a proposal is pending', () => {
    it('voids the proposal first: the focus area moved on without it', () => {
      const pending = focusAreaEvent('TransitionProposed', {
        proposalId: 'p-close',
        transition: 'close',
        from: 'evaluation',
        to: 'closed',
        grounds: 'Klart',
      });
      given([...evaluationDone, pending, focusAreaEvent('TransitionApproved', { proposalId: 'p-close', partyId: POLICE })])
        .when(stepBack('measures', 'Åtgärden behöver göras om'))
        .then([
          focusAreaEvent('ProposalVoided', { proposalId: 'p-close', reason: 'Åtgärden behöver göras om' }),
          focusAreaEvent('SteppedBack', { from: 'evaluation', to: 'measures', reason: 'Åtgärden behöver göras om' }),
        ]);
    });
  });

  describe('when the agreement requires a council decision to go back', () => {
    const strict = focusAreaSpec(agreementFacts({ policy: policyWith({ stepBack: true }) }));
    const proposeBack = {
      type: 'ProposeTransition',
      data: { proposalId: 'p-back', transition: 'stepBack', to: 'analysis', grounds: 'Nya orsaker' },
    } as const;
    const proposedBack = focusAreaEvent('TransitionProposed', {
      proposalId: 'p-back',
      transition: 'stepBack',
      from: 'evaluation',
      to: 'analysis',
      grounds: 'Nya orsaker',
    });

    it('refuses the step back and asks for a proposal', () => {
      strict(inEvaluation).when(stepBack('analysis')).thenThrows('CouncilDecisionRequired');
    });

    it('proposes the step back to the council', () => {
      strict(inEvaluation).when(proposeBack).then(proposedBack);
    });

    it('refuses a proposal to go back to a later step', () => {
      strict(inAnalysis)
        .when({ ...proposeBack, data: { ...proposeBack.data, to: 'measures' } })
        .thenThrows('StepBackTargetMustBeEarlier');
    });

    it('goes back when every party has approved, with the grounds as the reason', () => {
      strict([...inEvaluation, proposedBack, focusAreaEvent('TransitionApproved', { proposalId: 'p-back', partyId: MUNICIPALITY })])
        .when({ type: 'ApproveTransition', data: { proposalId: 'p-back' } }, decidingFor(POLICE))
        .then([
          focusAreaEvent('TransitionApproved', { proposalId: 'p-back', partyId: POLICE }),
          focusAreaEvent('SteppedBack', { from: 'evaluation', to: 'analysis', reason: 'Nya orsaker', proposalId: 'p-back' }),
        ]);
    });
  });
});
