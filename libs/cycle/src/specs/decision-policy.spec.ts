import { describe, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { agreementFacts, ev, focusAreaSpec, history, policyWith } from '../testing/focus-area.fixtures.js';

/** An agreement whose council only prioritises; the coordinators move the steps themselves. */
const given = focusAreaSpec(agreementFacts({ policy: policyWith({ advance: false, close: false, newCycle: false }) }));
const { inMapping, mappingDone, evaluationDone } = history();
const propose = (transition: 'advance' | 'close' | 'newCycle' | 'prioritise') =>
  ({ type: 'ProposeTransition', data: { proposalId: 'p-x', transition, grounds: 'Samordnarnas bedömning' } }) as const;

describe('policy without a council decision', () => {
  it('advances the step directly instead of proposing, keeping the grounds for the audit trail', () => {
    given(mappingDone)
      .when(propose('advance'))
      .then(focusAreaEvent('StepAdvanced', { from: 'mapping', to: 'analysis', grounds: 'Samordnarnas bedömning' }));
  });

  it('keeps the meeting of a direct move', () => {
    const meeting = { name: 'Samverkansgruppen', date: '2025-03-01' };
    given(mappingDone)
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-x', transition: 'advance', grounds: 'Klart', meeting } })
      .then(focusAreaEvent('StepAdvanced', { from: 'mapping', to: 'analysis', grounds: 'Klart', meeting }));
  });

  it('still judges the gate', () => {
    given(inMapping).when(propose('advance')).thenThrows('ProblemStatementRequired');
  });

  it('closes directly', () => {
    given(evaluationDone)
      .when(propose('close'))
      .then(focusAreaEvent('FocusAreaClosed', { grounds: 'Samordnarnas bedömning' }));
  });

  it('starts the next cycle directly', () => {
    given(evaluationDone)
      .when(propose('newCycle'))
      .then(focusAreaEvent('NewCycleStarted', { cycle: 2, grounds: 'Samordnarnas bedömning' }));
  });

  it('still asks the council to prioritise, as the policy says', () => {
    given([ev.proposed()])
      .when(propose('prioritise'))
      .then(
        focusAreaEvent('TransitionProposed', {
          proposalId: 'p-x',
          transition: 'prioritise',
          from: 'proposed',
          to: 'mapping',
          grounds: 'Samordnarnas bedömning',
        }),
      );
  });
});
