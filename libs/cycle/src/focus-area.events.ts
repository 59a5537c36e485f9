import type { DecisionEvent, StepChangeEvent } from './events/decision.events.js';
import type { FocusAreaProposed, FocusAreaScopeChanged, WorkEvent } from './events/work.events.js';

export type * from './events/work.events.js';
export type * from './events/decision.events.js';

/** Every event of a focus area's stream (one stream per focus area). */
export type FocusAreaEvent = FocusAreaProposed | FocusAreaScopeChanged | WorkEvent | DecisionEvent | StepChangeEvent;

export type FocusAreaEventType = FocusAreaEvent['type'];

export type FocusAreaEventOf<T extends FocusAreaEventType> = Extract<FocusAreaEvent, { type: T }>;

export const FOCUS_AREA_EVENT_TYPES: readonly FocusAreaEventType[] = [
  'FocusAreaProposed',
  'ProblemStatementRecorded',
  'SourceAdded',
  'SourceRemoved',
  'CauseIdentified',
  'CauseRemoved',
  'GoalSet',
  'GoalRemoved',
  'GoalBaselineMeasured',
  'MeasurePlanned',
  'MeasureRemoved',
  'MeasureStatusUpdated',
  'ChildImpactAssessmentRecorded',
  'GoalOutcomeRecorded',
  'EvaluationConcluded',
  'TransitionProposed',
  'TransitionApproved',
  'TransitionRejected',
  'ProposalVoided',
  'FocusAreaPrioritised',
  'StepAdvanced',
  'SteppedBack',
  'FocusAreaClosed',
  'NewCycleStarted',
  'FocusAreaWithdrawn',
  'FocusAreaScopeChanged',
  'IndicatorMeasured',
  'IndicatorMeasurementRemoved',
  'WorkCarriedForward',
];

export const isFocusAreaEventType = (type: string): type is FocusAreaEventType => FOCUS_AREA_EVENT_TYPES.includes(type as FocusAreaEventType);

/** Builds a version-1 event; the decider's only way to make one. */
export const focusAreaEvent = <T extends FocusAreaEventType>(type: T, data: FocusAreaEventOf<T>['data']): FocusAreaEventOf<T> =>
  ({ type, schemaVersion: 1, data }) as FocusAreaEventOf<T>;

/**
 * The machine's events ARE the domain events; `occurredAt` (from the event's metadata) is
 * optional, so that pure specs need not invent a time. It only dates `stepEnteredAt`.
 */
export type FocusAreaMachineEvent = {
  [T in FocusAreaEventType]: {
    readonly type: T;
    readonly data: FocusAreaEventOf<T>['data'];
    readonly schemaVersion?: number;
    readonly occurredAt?: string;
    /** The machine version that accepted a stored event (its metadata); absent on a new event. */
    readonly machineVersion?: string;
  };
}[FocusAreaEventType];

/** What a caller may hand to the fold: a domain event, a machine event or a stored event. */
export interface MachineEventLike {
  readonly type: string;
  readonly data: unknown;
  readonly schemaVersion?: number;
  readonly occurredAt?: string;
  readonly machineVersion?: string;
  readonly metadata?: { readonly occurredAt?: string; readonly machineVersion?: string };
}
