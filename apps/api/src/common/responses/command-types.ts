import type { FocusAreaCommandType } from '@samverkan/cycle';
import { allOf } from '../../focus-areas/dto-constants.js';

/** Every focus-area command's type, for the `possibleCommands` enum; a command added to the domain breaks the build here. */
export const FOCUS_AREA_COMMAND_TYPES = allOf<FocusAreaCommandType>()([
  'ProposeFocusArea',
  'RecordProblemStatement',
  'AddSource',
  'RemoveSource',
  'IdentifyCause',
  'RemoveCause',
  'SetGoal',
  'RemoveGoal',
  'RecordGoalBaseline',
  'ChangeFocusAreaScope',
  'PlanMeasure',
  'RemoveMeasure',
  'UpdateMeasureStatus',
  'RecordChildImpactAssessment',
  'RecordGoalOutcome',
  'ConcludeEvaluation',
  'RecordIndicatorMeasurement',
  'RemoveIndicatorMeasurement',
  'CarryWorkForward',
  'ProposeTransition',
  'ApproveTransition',
  'RejectTransition',
  'VoidProposal',
  'StepBack',
  'WithdrawFocusArea',
]);
