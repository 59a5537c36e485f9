import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { GetAuditHistoryController } from './queries/get-audit-history/get-audit-history.http.controller.js';
import { GetAuditHistoryHandler } from './queries/get-audit-history/get-audit-history.handler.js';
import { GetDecisionInboxController } from './queries/get-decision-inbox/get-decision-inbox.http.controller.js';
import { GetDecisionInboxHandler } from './queries/get-decision-inbox/get-decision-inbox.handler.js';
import { GetFocusAreaRevisionController } from './queries/get-focus-area-revision/get-focus-area-revision.http.controller.js';
import { GetFocusAreaRevisionHandler } from './queries/get-focus-area-revision/get-focus-area-revision.handler.js';
import { GetLateAndDueController } from './queries/get-late-and-due/get-late-and-due.http.controller.js';
import { GetLateAndDueHandler } from './queries/get-late-and-due/get-late-and-due.handler.js';
import { GetMeasureTrendController } from './queries/get-measure-trend/get-measure-trend.http.controller.js';
import { GetMeasureTrendHandler } from './queries/get-measure-trend/get-measure-trend.handler.js';
import { GetPlanAsOfController } from './queries/get-plan-as-of/get-plan-as-of.http.controller.js';
import { GetPlanAsOfHandler } from './queries/get-plan-as-of/get-plan-as-of.handler.js';
import { GetPlanBoardController } from './queries/get-plan-board/get-plan-board.http.controller.js';
import { GetPlanBoardHandler } from './queries/get-plan-board/get-plan-board.handler.js';
import { GetPlanChangesController } from './queries/get-plan-changes/get-plan-changes.http.controller.js';
import { GetPlanChangesHandler } from './queries/get-plan-changes/get-plan-changes.handler.js';

/** The read side: board, inbox, late and due, audit history, the plan as it stood, what changed, and the measure trend. */
@Module({
  imports: [IdentityModule],
  controllers: [
    GetPlanBoardController,
    GetDecisionInboxController,
    GetLateAndDueController,
    GetAuditHistoryController,
    GetPlanAsOfController,
    GetFocusAreaRevisionController,
    GetPlanChangesController,
    GetMeasureTrendController,
  ],
  providers: [
    GetPlanBoardHandler,
    GetDecisionInboxHandler,
    GetLateAndDueHandler,
    GetAuditHistoryHandler,
    GetPlanAsOfHandler,
    GetFocusAreaRevisionHandler,
    GetPlanChangesHandler,
    GetMeasureTrendHandler,
  ],
})
export class PlanModule {}
