import { DEFAULT_DECISION_POLICY, type AgreementFacts, type DecisionPolicy } from '../agreement-facts.js';
import type { DecisionFacts } from '../agreement-facts.js';
import { decideFocusArea } from '../focus-area.decider.js';
import { focusAreaEvent, type FocusAreaEvent } from '../focus-area.events.js';
import { evolveFocusArea, initialFocusAreaState, upcastFocusAreaEvent, type FocusAreaState } from '../focus-area.fold.js';
import type { FocusAreaCommand } from '../focus-area.commands.js';
import { stepChangeEvent } from '../step-changes.js';
import type { Step } from '../steps.js';
import type { TransitionKind } from '../transitions.js';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import type { CycleMachine } from '../focus-area.machine.js';

/** Lomma's agreement: the municipality and the police; Kriminalvården joins in some specs. */
export const MUNICIPALITY = 'lomma-kommun';
export const POLICE = 'lpo-malmo-syd';
export const PRISON_SERVICE = 'kriminalvarden';

export const agreementFacts = (over: Partial<AgreementFacts> = {}): AgreementFacts => ({
  agreementId: 'lomma-2023-2027',
  partyIds: [MUNICIPALITY, POLICE],
  period: { from: '2023-01-01', to: '2027-12-31' },
  policy: DEFAULT_DECISION_POLICY,
  ...over,
});

export const policyWith = (over: Partial<DecisionPolicy['decisionRequired']>): DecisionPolicy => ({
  decisionRequired: { ...DEFAULT_DECISION_POLICY.decisionRequired, ...over },
});

export const decidingFor = (decidingPartyId: string): DecisionFacts => ({ decidingPartyId });

/**
 * A given/when/then for the focus-area decider under these agreement facts (and, to show what a
 * new machine version or a tightened gate changes, under another machine). A given event that
 * does not fit its step would be ignored by evolve; here it fails the spec, so a history typo
 * cannot pass unnoticed.
 */
export const focusAreaSpec = (facts: AgreementFacts = agreementFacts(), cycle?: CycleMachine) =>
  deciderSpecification<FocusAreaCommand, FocusAreaEvent, FocusAreaState, DecisionFacts>({
    decide: (command, state, decision) => decideFocusArea(command, state, decision, cycle),
    initialState: () => initialFocusAreaState(facts),
    evolve: (state, event) => {
      const next = evolveFocusArea(state, upcastFocusAreaEvent(event));
      if (next === state) throw new Error(`given event ${event.type} does not fit step ${state.step}`);
      return next;
    },
  }).given;

export const ev = {
  proposed: () =>
    focusAreaEvent('FocusAreaProposed', {
      focusAreaId: 'fa-1',
      agreementId: 'lomma-2023-2027',
      title: 'Otrygghet vid Lomma centrum kvällstid',
      description: 'Ungdomar samlas och skadegörelse ökar på kvällarna.',
      childrenAndYoungPeople: true,
    }),
  problemStatement: () =>
    focusAreaEvent('ProblemStatementRecorded', {
      what: 'Skadegörelse och ordningsstörningar',
      where: 'Lomma centrum, stationsområdet',
      when: 'Fredag och lördag kväll, 20–24',
      howOften: 'Varje helg under terminerna',
    }),
  source: (sourceId = 'src-1') => focusAreaEvent('SourceAdded', { sourceId, kind: 'safetySurvey', title: 'Trygghetsmätningen 2023' }),
  cause: (causeId = 'cause-1') => focusAreaEvent('CauseIdentified', { causeId, description: 'Få vuxna på plats kvällstid', factor: 'place' }),
  smartGoal: (goalId = 'goal-1') =>
    focusAreaEvent('GoalSet', {
      goalId,
      description: 'Minskad otrygghet i centrum',
      indicator: 'Problemindex i trygghetsmätningen',
      baseline: 1.9,
      target: 1.5,
      targetDate: '2025-12-31',
      followUpMethod: 'Trygghetsmätningen',
    }),
  measure: (over: Partial<Parameters<typeof focusAreaEvent<'MeasurePlanned'>>[1]> = {}) =>
    focusAreaEvent('MeasurePlanned', {
      measureId: 'measure-1',
      causeId: 'cause-1',
      goalId: 'goal-1',
      activity: 'Nattvandring med föräldrar',
      operationalGoal: 'Vuxna på plats varje fredag',
      dueDate: '2025-06-30',
      responsiblePartyId: MUNICIPALITY,
      responsibleFunction: 'Brottsförebyggande samordnare',
      followUpMethod: 'Närvarolistor per termin',
      kind: 'oneOff',
      ...over,
    }),
  childImpact: () =>
    focusAreaEvent('ChildImpactAssessmentRecorded', {
      summary: 'Åtgärden riktar sig till platser där unga vistas.',
      conclusion: 'Positiv för barn; ingen begränsning av ungas rörelsefrihet.',
    }),
  outcome: (goalId = 'goal-1') =>
    focusAreaEvent('GoalOutcomeRecorded', {
      goalId,
      production: 'Nattvandring genomfördes 30 av 34 helger.',
      process: 'Svårt att rekrytera föräldrar under höstlovet.',
      effect: { measuredValue: 1.6, comment: 'Nära målet.' },
    }),
  conclusion: () => focusAreaEvent('EvaluationConcluded', { conclusion: 'Målet nästan nått; fortsätt ett år till.' }),
};

/** A proposal that every party approves, and the move it carries out. */
export const decided = (
  proposalId: string,
  kind: TransitionKind,
  from: Step,
  to: Step,
  partyIds: readonly string[] = [MUNICIPALITY, POLICE],
  cycle = 1,
): FocusAreaEvent[] => [
  focusAreaEvent('TransitionProposed', { proposalId, transition: kind, from, to, grounds: 'Beslut i styrgruppen' }),
  ...partyIds.map((partyId) => focusAreaEvent('TransitionApproved', { proposalId, partyId })),
  stepChangeEvent({ kind, from, to, proposalId }, { reason: 'Beslut i styrgruppen', cycle }),
];

/** Histories of one focus area, each step's work done, under the default policy and two parties. */
export const history = (parties: readonly string[] = [MUNICIPALITY, POLICE]) => {
  const inMapping = [ev.proposed(), ...decided('p-prioritise', 'prioritise', 'proposed', 'mapping', parties)];
  const mappingDone = [...inMapping, ev.problemStatement(), ev.source()];
  const inAnalysis = [...mappingDone, ...decided('p-analysis', 'advance', 'mapping', 'analysis', parties)];
  const analysisDone = [...inAnalysis, ev.cause()];
  const inMeasures = [...analysisDone, ...decided('p-measures', 'advance', 'analysis', 'measures', parties)];
  const measuresDone = [...inMeasures, ev.smartGoal(), ev.measure(), ev.childImpact()];
  const inEvaluation = [...measuresDone, ...decided('p-evaluation', 'advance', 'measures', 'evaluation', parties)];
  const evaluationDone = [...inEvaluation, ev.outcome(), ev.conclusion()];
  return { inMapping, mappingDone, inAnalysis, analysisDone, inMeasures, measuresDone, inEvaluation, evaluationDone };
};
