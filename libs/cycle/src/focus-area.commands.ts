import type {
  CauseIdentified,
  ChildImpactAssessmentRecorded,
  EvaluationConcluded,
  FocusAreaProposed,
  GoalOutcomeRecorded,
  FocusAreaScopeChanged,
  GoalBaselineMeasured,
  GoalSet,
  IndicatorMeasured,
  IndicatorMeasurementRemoved,
  MeasurePlanned,
  MeasureStatusUpdated,
  Meeting,
  ProblemStatementRecorded,
  SourceAdded,
  WorkCarriedForward,
} from './focus-area.events.js';
import type { Step } from './steps.js';
import type { TransitionKind } from './transitions.js';

/**
 * Commands to a focus area, shaped like the events (`{ type, data }`). Time, ids and the actor are
 * made at the edge: ids of new things (focusAreaId, sourceId, proposalId …) come in the data; the
 * time and actor travel in the API's command context and end up in the events' metadata.
 */
type Command<TType extends string, TData> = { readonly type: TType; readonly data: TData };

export type ProposeFocusArea = Command<'ProposeFocusArea', FocusAreaProposed['data']>;
export type RecordProblemStatement = Command<'RecordProblemStatement', ProblemStatementRecorded['data']>;
export type AddSource = Command<'AddSource', SourceAdded['data']>;
export type RemoveSource = Command<'RemoveSource', { readonly sourceId: string }>;
export type IdentifyCause = Command<'IdentifyCause', CauseIdentified['data']>;
export type RemoveCause = Command<'RemoveCause', { readonly causeId: string }>;
/**
 * Sets or revises a goal; `measureIds` links measures planned before their goal (Brå's order:
 * cause → measure → goal) in the same decision. The link's one home stays the measure's `goalId`.
 */
export type SetGoal = Command<'SetGoal', GoalSet['data'] & { readonly measureIds?: readonly string[] }>;
export type RecordGoalBaseline = Command<'RecordGoalBaseline', GoalBaselineMeasured['data']>;
export type ChangeFocusAreaScope = Command<'ChangeFocusAreaScope', FocusAreaScopeChanged['data']>;
export type RemoveGoal = Command<'RemoveGoal', { readonly goalId: string }>;
export type PlanMeasure = Command<'PlanMeasure', MeasurePlanned['data']>;
export type RemoveMeasure = Command<'RemoveMeasure', { readonly measureId: string }>;
export type UpdateMeasureStatus = Command<'UpdateMeasureStatus', MeasureStatusUpdated['data']>;
export type RecordChildImpactAssessment = Command<'RecordChildImpactAssessment', ChildImpactAssessmentRecorded['data']>;
export type RecordGoalOutcome = Command<'RecordGoalOutcome', GoalOutcomeRecorded['data']>;
export type ConcludeEvaluation = Command<'ConcludeEvaluation', EvaluationConcluded['data']>;
/** A follow-up of a goal's indicator; `today` is the Swedish day it is judged on (a value cannot be from the future). */
export type RecordIndicatorMeasurement = Command<'RecordIndicatorMeasurement', IndicatorMeasured['data']> & { readonly today: string };
export type RemoveIndicatorMeasurement = Command<'RemoveIndicatorMeasurement', IndicatorMeasurementRemoved['data']>;
/** In a new cycle's mapping: what to keep of the cycle just ended (the causes of kept measures come with them). */
export type CarryWorkForward = Command<'CarryWorkForward', WorkCarriedForward['data']>;

/** Asks the council (or, when the policy does not ask for a decision, simply makes the move). */
export type ProposeTransition = Command<
  'ProposeTransition',
  {
    readonly proposalId: string;
    readonly transition: TransitionKind;
    /** Only for 'stepBack': the earlier cycle step to go back to. */
    readonly to?: Step;
    readonly grounds: string;
    readonly meeting?: Meeting;
  }
>;
export type ApproveTransition = Command<'ApproveTransition', { readonly proposalId: string }>;
export type RejectTransition = Command<'RejectTransition', { readonly proposalId: string; readonly reason: string }>;
/** The coordinator takes a pending proposal back before the council has decided. */
export type VoidProposal = Command<'VoidProposal', { readonly proposalId: string; readonly reason: string }>;
export type StepBack = Command<'StepBack', { readonly to: Step; readonly reason: string }>;
export type WithdrawFocusArea = Command<'WithdrawFocusArea', { readonly reason: string }>;

export type WorkCommand =
  | RecordProblemStatement
  | AddSource
  | RemoveSource
  | IdentifyCause
  | RemoveCause
  | SetGoal
  | RemoveGoal
  | RecordGoalBaseline
  | PlanMeasure
  | RemoveMeasure
  | UpdateMeasureStatus
  | RecordChildImpactAssessment
  | RecordGoalOutcome
  | ConcludeEvaluation
  | RecordIndicatorMeasurement
  | RemoveIndicatorMeasurement;

export type TransitionCommand = ProposeTransition | ApproveTransition | RejectTransition | VoidProposal | StepBack | WithdrawFocusArea;

export type FocusAreaCommand = ProposeFocusArea | ChangeFocusAreaScope | WorkCommand | CarryWorkForward | TransitionCommand;

export type FocusAreaCommandType = FocusAreaCommand['type'];
