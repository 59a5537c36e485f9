import type { FocusAreaResponse, Meeting, Step, TransitionKind } from '../../api/types';

/** The focus area as GET /api/focus-areas/{id} answers it. */
export type FocusAreaView = FocusAreaResponse['focusArea'];
export type CycleWork = FocusAreaView['work'];
export type Source = CycleWork['sources'][number];
export type Cause = CycleWork['causes'][number];
export type Goal = CycleWork['goals'][number];
export type Measure = CycleWork['measures'][number];
export type GoalOutcome = CycleWork['outcomes'][number];

export type CycleStep = 'mapping' | 'analysis' | 'measures' | 'evaluation';
export const CYCLE_STEPS: readonly CycleStep[] = ['mapping', 'analysis', 'measures', 'evaluation'];
export const isCycleStep = (step: string): step is CycleStep => (CYCLE_STEPS as readonly string[]).includes(step);

/** The commands the cycle machine allows now (`possibleCommands`), narrowed to what this page offers. */
export type ProposeTransitionCommand = {
  readonly type: 'ProposeTransition';
  readonly transition: TransitionKind;
  readonly to: Step;
  readonly decisionRequired: boolean;
};
export type StepBackCommand = { readonly type: 'StepBack'; readonly to: Exclude<CycleStep, 'evaluation'> };

export type WorkCommandType =
  | 'RecordProblemStatement'
  | 'AddSource'
  | 'RemoveSource'
  | 'IdentifyCause'
  | 'RemoveCause'
  | 'SetGoal'
  | 'RemoveGoal'
  | 'PlanMeasure'
  | 'RemoveMeasure'
  | 'UpdateMeasureStatus'
  | 'RecordChildImpactAssessment'
  | 'RecordGoalOutcome'
  | 'ConcludeEvaluation'
  | 'VoidProposal'
  | 'WithdrawFocusArea';

/** What GET /api/agreements/{id}/audit answers: one readable row per event (libs/read-models' AuditRow). */
export type AuditRole = 'administrator' | 'coordinator' | 'councilRepresentative' | 'councilSubstitute' | 'auditor';

export interface AuditRow {
  readonly position: string;
  readonly occurredAt: string;
  readonly eventType: string;
  readonly focusAreaId: string | null;
  readonly actorId: string;
  readonly actorRole: AuditRole;
  /** The party the event is for: the deciding party of an approval or rejection, else the actor's. */
  readonly partyId: string | null;
  readonly partyName: string | null;
  readonly meeting: Meeting | null;
  readonly grounds: string | null;
  /** One Swedish sentence saying what happened, with names where the event has ids (the API names them). */
  readonly summary: string;
  /** The event's data as stored. */
  readonly data?: unknown;
}

export interface AuditPage {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: readonly AuditRow[];
}
