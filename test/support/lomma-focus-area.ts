import { FOCUS_AREA_MACHINE_VERSION } from '@samverkan/cycle';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import type { GivenEvent, GivenStream } from './api-specification.js';

/**
 * Histories of one focus area of Lomma's seeded agreement, as the store holds them, for the API
 * specifications' `given`. Written as raw stored events, not through the deciders: history is a
 * fact, whatever today's rules say. Each scenario names its own focus area id.
 */
export const LOMMA = 'lomma-2023-2027';
export const MUNICIPALITY = 'lomma-kommun';
export const POLICE = 'lpo-kavlinge';

/** Lomma's demo accounts (config/agreements/lomma-2023-2027.json). */
export const COORDINATOR = 'lomma.samordnare';
export const MUNICIPALITY_COUNCIL = 'lomma.rad.kommun';
export const POLICE_COUNCIL = 'lomma.rad.polis';
export const POLICE_SUBSTITUTE = 'lomma.ersattare.polis';
export const AUDITOR = 'lomma.revisor';
/** A coordinator of another agreement: Lomma's focus areas do not exist for them (404). */
export const OUTSIDER = 'vellinge.samordnare';

/** The metadata a coordinator's command writes; council decisions add the party. */
export const byCoordinator = {
  actorId: COORDINATOR,
  actorRole: 'coordinator',
  onBehalfOfPartyId: MUNICIPALITY,
  machineVersion: FOCUS_AREA_MACHINE_VERSION,
} as const;
export const byCouncil = (actorId: string, onBehalfOfPartyId: string) =>
  ({ actorId, actorRole: 'councilRepresentative', onBehalfOfPartyId, machineVersion: FOCUS_AREA_MACHINE_VERSION }) as const;

const event = (type: string, data: unknown, metadata?: GivenEvent['metadata']): GivenEvent => ({ type, data, ...(metadata ? { metadata } : {}) });

export const work = {
  problemStatement: () => event('ProblemStatementRecorded', { what: 'Skadegörelse', where: 'Lomma centrum', when: 'Helgkvällar', howOften: 'Varje helg' }),
  source: (sourceId = 'source-1') => event('SourceAdded', { sourceId, kind: 'safetySurvey', title: 'Trygghetsmätningen 2024' }),
  cause: (causeId = 'cause-1') => event('CauseIdentified', { causeId, description: 'Få vuxna på plats kvällstid', factor: 'place' }),
  goal: (goalId = 'goal-1') =>
    event('GoalSet', {
      goalId,
      description: 'Minskad otrygghet i centrum',
      indicator: 'Problemindex i trygghetsmätningen',
      baseline: 1.9,
      target: 1.5,
      targetDate: '2026-12-31',
      followUpMethod: 'Trygghetsmätningen',
    }),
  measure: (measureId = 'measure-1') =>
    event('MeasurePlanned', {
      measureId,
      causeId: 'cause-1',
      goalId: 'goal-1',
      activity: 'Nattvandring med föräldrar',
      operationalGoal: 'Vuxna på plats varje fredag',
      dueDate: '2026-06-30',
      responsiblePartyId: MUNICIPALITY,
      responsibleFunction: 'Brottsförebyggande samordnare',
      followUpMethod: 'Närvarolistor per termin',
      kind: 'oneOff',
    }),
  childImpact: () => event('ChildImpactAssessmentRecorded', { summary: 'Riktar sig till platser där unga vistas.', conclusion: 'Positiv för barn.' }),
  outcome: (goalId = 'goal-1') =>
    event('GoalOutcomeRecorded', {
      goalId,
      production: 'Genomförd 30 av 34 helger.',
      process: 'Svårt att rekrytera föräldrar.',
      effect: { measuredValue: 1.6 },
    }),
  conclusion: () => event('EvaluationConcluded', { conclusion: 'Målet nästan nått.' }),
};

/** A proposal, then both parties' approvals and the move they carry out. */
export const proposal = (proposalId: string, transition: string, from: string, to: string): GivenEvent =>
  event('TransitionProposed', { proposalId, transition, from, to, grounds: 'Underlaget är klart.' });
const decided = (proposalId: string, transition: string, from: string, to: string, move: GivenEvent): GivenEvent[] => [
  proposal(proposalId, transition, from, to),
  event(
    'TransitionApproved',
    { proposalId, partyId: MUNICIPALITY },
    { actorId: MUNICIPALITY_COUNCIL, actorRole: 'councilRepresentative', onBehalfOfPartyId: MUNICIPALITY },
  ),
  event('TransitionApproved', { proposalId, partyId: POLICE }, { actorId: POLICE_COUNCIL, actorRole: 'councilRepresentative', onBehalfOfPartyId: POLICE }),
  move,
];
const advanced = (proposalId: string, from: string, to: string) =>
  decided(proposalId, 'advance', from, to, event('StepAdvanced', { from, to, proposalId }));

/** After `evaluationDone`: the council starts cycle 2, both parties approving, the last approval starting it. */
export const newCycleStarted: GivenEvent[] = decided(
  'p-cycle-2',
  'newCycle',
  'evaluation',
  'mapping',
  event('NewCycleStarted', { cycle: 2, proposalId: 'p-cycle-2' }),
);

/** A Lomma focus area with this id, its route, and its history up to each point of the cycle. */
export const lommaFocusArea = (focusAreaId: string) => {
  const proposed = [
    event('FocusAreaProposed', {
      focusAreaId,
      agreementId: LOMMA,
      title: 'Otrygghet i Lomma centrum',
      description: 'Skadegörelse ökar på kvällarna.',
      childrenAndYoungPeople: true,
    }),
  ];
  const inMapping = [
    ...proposed,
    ...decided('p-prioritise', 'prioritise', 'proposed', 'mapping', event('FocusAreaPrioritised', { proposalId: 'p-prioritise' })),
  ];
  const mappingDone = [...inMapping, work.problemStatement(), work.source()];
  const inAnalysis = [...mappingDone, ...advanced('p-analysis', 'mapping', 'analysis')];
  const analysisDone = [...inAnalysis, work.cause()];
  const inMeasures = [...analysisDone, ...advanced('p-measures', 'analysis', 'measures')];
  const measuresDone = [...inMeasures, work.goal(), work.measure(), work.childImpact()];
  const inEvaluation = [...measuresDone, ...advanced('p-evaluation', 'measures', 'evaluation')];
  const evaluationDone = [...inEvaluation, work.outcome(), work.conclusion()];
  const histories = { proposed, inMapping, mappingDone, inAnalysis, analysisDone, inMeasures, measuresDone, inEvaluation, evaluationDone };

  return {
    focusAreaId,
    streamId: focusAreaStreamId(focusAreaId),
    path: `/focus-areas/${focusAreaId}`,
    /** The stream holding the history up to `point`, then these further events. */
    at: (point: keyof typeof histories, ...then: GivenEvent[]): GivenStream => ({
      streamId: focusAreaStreamId(focusAreaId),
      events: [...histories[point], ...then],
      machineVersion: FOCUS_AREA_MACHINE_VERSION,
    }),
  };
};
