import type { CycleStep, FocusAreaCommandType, Step, TransitionKind } from '../../api/schema';

/** The commands the cycle machine allows now (`possibleCommands`), narrowed to what this page offers. */
export type ProposeTransitionCommand = {
  readonly type: 'ProposeTransition';
  readonly transition: TransitionKind;
  readonly to: Step;
  readonly decisionRequired: boolean;
};
export type StepBackCommand = { readonly type: 'StepBack'; readonly to: Exclude<CycleStep, 'evaluation'> };

/** The work commands this page offers: names of the API's `FocusAreaCommandType`, so a renamed command breaks here. */
export type WorkCommandType = Extract<
  FocusAreaCommandType,
  | 'RecordProblemStatement'
  | 'AddSource'
  | 'RemoveSource'
  | 'IdentifyCause'
  | 'RemoveCause'
  | 'SetGoal'
  | 'RemoveGoal'
  | 'RecordGoalBaseline'
  | 'ChangeFocusAreaScope'
  | 'PlanMeasure'
  | 'RemoveMeasure'
  | 'UpdateMeasureStatus'
  | 'RecordChildImpactAssessment'
  | 'RecordGoalOutcome'
  | 'ConcludeEvaluation'
  | 'RecordIndicatorMeasurement'
  | 'RemoveIndicatorMeasurement'
  | 'VoidProposal'
  | 'WithdrawFocusArea'
>;
