import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { CarryWorkForwardHandler } from './commands/carry-work-forward/carry-work-forward.handler.js';
import { CarryWorkForwardController } from './commands/carry-work-forward/carry-work-forward.http.controller.js';
import { AddSourceHandler } from './commands/add-source/add-source.handler.js';
import { AddSourceController } from './commands/add-source/add-source.http.controller.js';
import { ApproveTransitionHandler } from './commands/approve-transition/approve-transition.handler.js';
import { ApproveTransitionController } from './commands/approve-transition/approve-transition.http.controller.js';
import { ChangeFocusAreaScopeHandler } from './commands/change-focus-area-scope/change-focus-area-scope.handler.js';
import { ChangeFocusAreaScopeController } from './commands/change-focus-area-scope/change-focus-area-scope.http.controller.js';
import { ConcludeEvaluationHandler } from './commands/conclude-evaluation/conclude-evaluation.handler.js';
import { ConcludeEvaluationController } from './commands/conclude-evaluation/conclude-evaluation.http.controller.js';
import { IdentifyCauseHandler } from './commands/identify-cause/identify-cause.handler.js';
import { IdentifyCauseController } from './commands/identify-cause/identify-cause.http.controller.js';
import { RecordIndicatorMeasurementHandler } from './commands/record-indicator-measurement/record-indicator-measurement.handler.js';
import { RecordIndicatorMeasurementController } from './commands/record-indicator-measurement/record-indicator-measurement.http.controller.js';
import { RemoveIndicatorMeasurementHandler } from './commands/remove-indicator-measurement/remove-indicator-measurement.handler.js';
import { RemoveIndicatorMeasurementController } from './commands/remove-indicator-measurement/remove-indicator-measurement.http.controller.js';
import { PlanMeasureHandler } from './commands/plan-measure/plan-measure.handler.js';
import { PlanMeasureController } from './commands/plan-measure/plan-measure.http.controller.js';
import { ProposeFocusAreaHandler } from './commands/propose-focus-area/propose-focus-area.handler.js';
import { ProposeFocusAreaController } from './commands/propose-focus-area/propose-focus-area.http.controller.js';
import { ProposeTransitionHandler } from './commands/propose-transition/propose-transition.handler.js';
import { ProposeTransitionController } from './commands/propose-transition/propose-transition.http.controller.js';
import { RecordChildImpactAssessmentHandler } from './commands/record-child-impact-assessment/record-child-impact-assessment.handler.js';
import { RecordChildImpactAssessmentController } from './commands/record-child-impact-assessment/record-child-impact-assessment.http.controller.js';
import { RecordGoalBaselineHandler } from './commands/record-goal-baseline/record-goal-baseline.handler.js';
import { RecordGoalBaselineController } from './commands/record-goal-baseline/record-goal-baseline.http.controller.js';
import { RecordGoalOutcomeHandler } from './commands/record-goal-outcome/record-goal-outcome.handler.js';
import { RecordGoalOutcomeController } from './commands/record-goal-outcome/record-goal-outcome.http.controller.js';
import { RecordProblemStatementHandler } from './commands/record-problem-statement/record-problem-statement.handler.js';
import { RecordProblemStatementController } from './commands/record-problem-statement/record-problem-statement.http.controller.js';
import { RejectTransitionHandler } from './commands/reject-transition/reject-transition.handler.js';
import { RejectTransitionController } from './commands/reject-transition/reject-transition.http.controller.js';
import { RemoveCauseHandler } from './commands/remove-cause/remove-cause.handler.js';
import { RemoveCauseController } from './commands/remove-cause/remove-cause.http.controller.js';
import { RemoveGoalHandler } from './commands/remove-goal/remove-goal.handler.js';
import { RemoveGoalController } from './commands/remove-goal/remove-goal.http.controller.js';
import { RemoveMeasureHandler } from './commands/remove-measure/remove-measure.handler.js';
import { RemoveMeasureController } from './commands/remove-measure/remove-measure.http.controller.js';
import { RemoveSourceHandler } from './commands/remove-source/remove-source.handler.js';
import { RemoveSourceController } from './commands/remove-source/remove-source.http.controller.js';
import { SetGoalHandler } from './commands/set-goal/set-goal.handler.js';
import { SetGoalController } from './commands/set-goal/set-goal.http.controller.js';
import { StepBackHandler } from './commands/step-back/step-back.handler.js';
import { StepBackController } from './commands/step-back/step-back.http.controller.js';
import { UpdateMeasureStatusHandler } from './commands/update-measure-status/update-measure-status.handler.js';
import { UpdateMeasureStatusController } from './commands/update-measure-status/update-measure-status.http.controller.js';
import { VoidProposalHandler } from './commands/void-proposal/void-proposal.handler.js';
import { VoidProposalController } from './commands/void-proposal/void-proposal.http.controller.js';
import { WithdrawFocusAreaHandler } from './commands/withdraw-focus-area/withdraw-focus-area.handler.js';
import { WithdrawFocusAreaController } from './commands/withdraw-focus-area/withdraw-focus-area.http.controller.js';
import { FocusAreaCommands } from './focus-area-commands.service.js';
import { FocusAreaRepository } from './focus-area.repository.js';
import { GetFocusAreaController } from './queries/get-focus-area/get-focus-area.http.controller.js';
import { GetFocusAreaHandler } from './queries/get-focus-area/get-focus-area.handler.js';
import { GetProposalMaterialController } from './queries/get-proposal-material/get-proposal-material.http.controller.js';
import { GetProposalMaterialHandler } from './queries/get-proposal-material/get-proposal-material.handler.js';

/** The focus areas: one folder per use case; Clock and IdGenerator come from the global EventStoreModule. */
@Module({
  imports: [AgreementsModule],
  controllers: [
    GetFocusAreaController,
    GetProposalMaterialController,
    AddSourceController,
    CarryWorkForwardController,
    ApproveTransitionController,
    ChangeFocusAreaScopeController,
    ConcludeEvaluationController,
    IdentifyCauseController,
    PlanMeasureController,
    RecordIndicatorMeasurementController,
    RemoveIndicatorMeasurementController,
    ProposeFocusAreaController,
    ProposeTransitionController,
    RecordChildImpactAssessmentController,
    RecordGoalBaselineController,
    RecordGoalOutcomeController,
    RecordProblemStatementController,
    RejectTransitionController,
    RemoveCauseController,
    RemoveGoalController,
    RemoveMeasureController,
    RemoveSourceController,
    SetGoalController,
    StepBackController,
    UpdateMeasureStatusController,
    VoidProposalController,
    WithdrawFocusAreaController,
  ],
  exports: [FocusAreaRepository],
  providers: [
    FocusAreaRepository,
    FocusAreaCommands,
    GetFocusAreaHandler,
    GetProposalMaterialHandler,
    AddSourceHandler,
    CarryWorkForwardHandler,
    ApproveTransitionHandler,
    ChangeFocusAreaScopeHandler,
    RecordGoalBaselineHandler,
    ConcludeEvaluationHandler,
    IdentifyCauseHandler,
    PlanMeasureHandler,
    RecordIndicatorMeasurementHandler,
    RemoveIndicatorMeasurementHandler,
    ProposeFocusAreaHandler,
    ProposeTransitionHandler,
    RecordChildImpactAssessmentHandler,
    RecordGoalOutcomeHandler,
    RecordProblemStatementHandler,
    RejectTransitionHandler,
    RemoveCauseHandler,
    RemoveGoalHandler,
    RemoveMeasureHandler,
    RemoveSourceHandler,
    SetGoalHandler,
    StepBackHandler,
    UpdateMeasureStatusHandler,
    VoidProposalHandler,
    WithdrawFocusAreaHandler,
  ],
})
export class FocusAreasModule {}
