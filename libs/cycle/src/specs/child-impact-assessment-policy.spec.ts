import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DECISION_POLICY, type ChildImpactAssessmentPolicy, type DecisionPolicy } from '../agreement-facts.js';
import { focusAreaEvent } from '../focus-area.events.js';
import { foldFocusArea } from '../focus-area.fold.js';
import { possibleCommands } from '../next-actions.js';
import { toFocusAreaView } from '../focus-area.view.js';
import { agreementFacts, ev, focusAreaSpec, history } from '../testing/focus-area.fixtures.js';

const { inMeasures } = history();
/** The action plan complete but for the child impact assessment. */
const planWithoutAssessment = [...inMeasures, ev.smartGoal(), ev.measure()];
const proposeDecision = { type: 'ProposeTransition', data: { proposalId: 'p-decide', transition: 'advance', grounds: 'Åtgärdsplan 2024' } } as const;
const proposed = focusAreaEvent('TransitionProposed', {
  proposalId: 'p-decide',
  transition: 'advance',
  from: 'measures',
  to: 'evaluation',
  grounds: 'Åtgärdsplan 2024',
});
const notAboutChildren = focusAreaEvent('FocusAreaScopeChanged', { childrenAndYoungPeople: false, reason: 'Gäller vuxna i nattlivet.' });

const under = (childImpactAssessment: ChildImpactAssessmentPolicy | undefined) => {
  const { childImpactAssessment: _default, ...rest } = DEFAULT_DECISION_POLICY;
  const policy: DecisionPolicy = childImpactAssessment === undefined ? rest : { ...rest, childImpactAssessment };
  return { facts: agreementFacts({ policy }), given: focusAreaSpec(agreementFacts({ policy })) };
};

describe('gate: child impact assessment by the agreement’s policy', () => {
  describe.each([['everyFocusArea'], [undefined]] as const)('when the policy demands it for every focus area (%s)', (policy) => {
    const { given } = under(policy);

    it('refuses a focus area about children and young people without one', () => {
      given(planWithoutAssessment).when(proposeDecision).thenThrows('ChildImpactAssessmentRequired');
    });

    it('refuses a focus area not about children and young people without one', () => {
      given([...planWithoutAssessment, notAboutChildren])
        .when(proposeDecision)
        .thenThrows('ChildImpactAssessmentRequired');
    });

    it('allows the decision once it is recorded', () => {
      given([...planWithoutAssessment, notAboutChildren, ev.childImpact()])
        .when(proposeDecision)
        .then(proposed);
    });
  });

  describe('when the policy demands it only where children and young people are concerned (the default)', () => {
    const { given, facts } = under('childrenAndYoungPeople');

    it('refuses a focus area about children and young people without one', () => {
      given(planWithoutAssessment).when(proposeDecision).thenThrows('ChildImpactAssessmentRequired');
    });

    it('allows a focus area not about children and young people without one', () => {
      given([...planWithoutAssessment, notAboutChildren])
        .when(proposeDecision)
        .then(proposed);
    });

    it('tells the view whether the requirement applies, for the checklist', () => {
      expect(toFocusAreaView(foldFocusArea(facts, planWithoutAssessment)).childImpactAssessmentRequired).toBe(true);
      expect(toFocusAreaView(foldFocusArea(facts, [...planWithoutAssessment, notAboutChildren])).childImpactAssessmentRequired).toBe(false);
    });

    it('offers the proposal only where the gate holds', () => {
      const offered = (events: Parameters<typeof foldFocusArea>[1]) =>
        possibleCommands(foldFocusArea(facts, events)).some((c) => c.type === 'ProposeTransition' && c.transition === 'advance');
      expect(offered(planWithoutAssessment)).toBe(false);
      expect(offered([...planWithoutAssessment, notAboutChildren])).toBe(true);
    });
  });

  describe('when the policy never demands it', () => {
    const { given } = under('never');

    it('allows a focus area about children and young people without one', () => {
      given(planWithoutAssessment).when(proposeDecision).then(proposed);
    });
  });
});

describe('change focus area scope', () => {
  const given = focusAreaSpec();
  const change = (childrenAndYoungPeople: boolean, reason = 'Kartläggningen visar att det gäller vuxna.') =>
    ({ type: 'ChangeFocusAreaScope', data: { childrenAndYoungPeople, reason } }) as const;

  it('records that the focus area no longer concerns children and young people, with the reason', () => {
    given(inMeasures)
      .when(change(false))
      .then(focusAreaEvent('FocusAreaScopeChanged', { childrenAndYoungPeople: false, reason: 'Kartläggningen visar att det gäller vuxna.' }));
  });

  it('refuses a change that changes nothing', () => {
    given(inMeasures).when(change(true)).thenThrows('FocusAreaScopeMustChange');
  });

  it('refuses a change without a reason', () => {
    const refusal = given(inMeasures).when(change(false, ' ')).thenThrows('FieldRequired');
    expect(refusal.field).toBe('reason');
  });

  it('refuses a change once the focus area is closed', () => {
    const closed = [
      ...history().evaluationDone,
      focusAreaEvent('TransitionProposed', { proposalId: 'p-close', transition: 'close', from: 'evaluation', to: 'closed', grounds: 'Klart' }),
      focusAreaEvent('TransitionApproved', { proposalId: 'p-close', partyId: 'lomma-kommun' }),
      focusAreaEvent('TransitionApproved', { proposalId: 'p-close', partyId: 'lpo-malmo-syd' }),
      focusAreaEvent('FocusAreaClosed', { proposalId: 'p-close' }),
    ];
    given(closed).when(change(false)).thenThrows('TransitionNotAllowedFromStep');
  });
});
