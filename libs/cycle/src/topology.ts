import type { FocusAreaEventType } from './focus-area.events.js';
import type { FocusAreaStatus, Step } from './step-names.js';

/** The events that change the step: from nothing to proposed, and on from there. */
export type StepChangeEventType =
  | 'FocusAreaProposed'
  | 'FocusAreaPrioritised'
  | 'StepAdvanced'
  | 'SteppedBack'
  | 'FocusAreaClosed'
  | 'NewCycleStarted'
  | 'FocusAreaWithdrawn';

/** What one step of the machine accepts. */
export interface StepDefinition {
  /** Events recorded in the step that leave the focus area in it (its work, and the council's decisions). */
  readonly records: readonly FocusAreaEventType[];
  /** Events that leave the step, and where each may lead (going back names its target in the event). */
  readonly moves: Readonly<Partial<Record<StepChangeEventType, readonly Step[]>>>;
  /** Nothing more happens: closed or withdrawn. */
  readonly final?: true;
}

/** Which step follows which: the machine is built from this table, and every other reader derives from it. */
export type Topology = Readonly<Partial<Record<FocusAreaStatus, StepDefinition>>>;

/** A proposal may wait for the council in every step that can be left by a decision. */
const DECISIONS: readonly FocusAreaEventType[] = ['TransitionProposed', 'TransitionApproved', 'TransitionRejected', 'ProposalVoided'];
/** What a focus area is about may be said again in every step before it is closed or withdrawn. */
const SCOPE: readonly FocusAreaEventType[] = ['FocusAreaScopeChanged'];

/**
 * The focus area's steps as DOMAIN.md draws them (version 1.0.0). Which work belongs to which
 * step: the problem and its sources are mapped (and refined while analysing), causes are analysed
 * (and refined while planning), the action plan (goals, measures, child impact assessment) is made
 * in measures, measures are followed up in measures and evaluation, and outcomes and the
 * conclusion belong to evaluation. Going back is to any earlier cycle step.
 */
export const CYCLE_TOPOLOGY: Topology = {
  none: { records: [], moves: { FocusAreaProposed: ['proposed'] } },
  proposed: {
    records: [...DECISIONS, ...SCOPE],
    moves: { FocusAreaPrioritised: ['mapping'], FocusAreaWithdrawn: ['withdrawn'] },
  },
  mapping: {
    records: ['ProblemStatementRecorded', 'SourceAdded', 'SourceRemoved', ...DECISIONS, ...SCOPE],
    moves: { StepAdvanced: ['analysis'] },
  },
  analysis: {
    records: ['ProblemStatementRecorded', 'SourceAdded', 'SourceRemoved', 'CauseIdentified', 'CauseRemoved', ...DECISIONS, ...SCOPE],
    moves: { StepAdvanced: ['measures'], SteppedBack: ['mapping'] },
  },
  measures: {
    records: [
      'CauseIdentified',
      'CauseRemoved',
      'GoalSet',
      'GoalRemoved',
      'GoalBaselineMeasured',
      'MeasurePlanned',
      'MeasureRemoved',
      'MeasureStatusUpdated',
      'ChildImpactAssessmentRecorded',
      ...DECISIONS,
      ...SCOPE,
    ],
    moves: { StepAdvanced: ['evaluation'], SteppedBack: ['mapping', 'analysis'] },
  },
  evaluation: {
    records: ['MeasureStatusUpdated', 'GoalBaselineMeasured', 'GoalOutcomeRecorded', 'EvaluationConcluded', ...DECISIONS, ...SCOPE],
    moves: { FocusAreaClosed: ['closed'], NewCycleStarted: ['mapping'], SteppedBack: ['mapping', 'analysis', 'measures'] },
  },
  closed: { records: [], moves: {}, final: true },
  withdrawn: { records: [], moves: {}, final: true },
};

/**
 * Version 1.1.0: follow-up as practice has it. An indicator's measurements are recorded while the
 * measures are carried out and evaluated; a new cycle may carry work forward while it is mapped.
 */
export const CYCLE_TOPOLOGY_1_1: Topology = {
  ...CYCLE_TOPOLOGY,
  mapping: { ...CYCLE_TOPOLOGY.mapping!, records: [...CYCLE_TOPOLOGY.mapping!.records, 'WorkCarriedForward'] },
  measures: {
    ...CYCLE_TOPOLOGY.measures!,
    records: [...CYCLE_TOPOLOGY.measures!.records, 'IndicatorMeasured', 'IndicatorMeasurementRemoved'],
  },
  evaluation: {
    ...CYCLE_TOPOLOGY.evaluation!,
    records: [...CYCLE_TOPOLOGY.evaluation!.records, 'IndicatorMeasured', 'IndicatorMeasurementRemoved'],
  },
};

/** Where `type` may lead from `from` in `topology` (empty when it does not leave that step). */
export const targetsOf = (topology: Topology, from: FocusAreaStatus, type: FocusAreaEventType): readonly Step[] =>
  topology[from]?.moves[type as StepChangeEventType] ?? [];

/**
 * The step after a stored event, read from the event itself (a step change names its target) or
 * from the topology it was recorded under; undefined when the event does not fit the step.
 */
export const stepAfter = (
  topology: Topology,
  from: FocusAreaStatus,
  event: { readonly type: string; readonly data: unknown },
): FocusAreaStatus | undefined => {
  const step = topology[from];
  if (!step) return undefined;
  if (step.records.includes(event.type as FocusAreaEventType)) return from;
  const targets = targetsOf(topology, from, event.type as FocusAreaEventType);
  const named = (event.data as { to?: Step } | null | undefined)?.to;
  const to = named ?? targets[0];
  return to !== undefined && targets.includes(to) ? to : undefined;
};
