import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { AgreementAccess } from './agreement-access.js';
import { AgreementCommands } from './agreement-commands.service.js';
import { AgreementRepository } from './agreement.repository.js';
import { AssignRoleController } from './commands/assign-role/assign-role.http.controller.js';
import { AssignRoleHandler } from './commands/assign-role/assign-role.handler.js';
import { RegisterAgreementController } from './commands/register-agreement/register-agreement.http.controller.js';
import { RegisterAgreementHandler } from './commands/register-agreement/register-agreement.handler.js';
import { RemoveOverallGoalController } from './commands/remove-overall-goal/remove-overall-goal.http.controller.js';
import { RemoveOverallGoalHandler } from './commands/remove-overall-goal/remove-overall-goal.handler.js';
import { SetOverallGoalController } from './commands/set-overall-goal/set-overall-goal.http.controller.js';
import { SetOverallGoalHandler } from './commands/set-overall-goal/set-overall-goal.handler.js';
import { RecordObligationFulfilmentController } from './commands/record-obligation-fulfilment/record-obligation-fulfilment.http.controller.js';
import { RecordObligationFulfilmentHandler } from './commands/record-obligation-fulfilment/record-obligation-fulfilment.handler.js';
import { RevokeRoleController } from './commands/revoke-role/revoke-role.http.controller.js';
import { RevokeRoleHandler } from './commands/revoke-role/revoke-role.handler.js';
import { AmendmentDecider } from './commands/approve-amendment/amendment-decider.service.js';
import { ApproveAmendmentController } from './commands/approve-amendment/approve-amendment.http.controller.js';
import { ApproveAmendmentHandler } from './commands/approve-amendment/approve-amendment.handler.js';
import { ProposeAmendmentController } from './commands/propose-amendment/propose-amendment.http.controller.js';
import { ProposeAmendmentHandler } from './commands/propose-amendment/propose-amendment.handler.js';
import { RejectAmendmentController } from './commands/reject-amendment/reject-amendment.http.controller.js';
import { RejectAmendmentHandler } from './commands/reject-amendment/reject-amendment.handler.js';
import { GetAgreementController } from './queries/get-agreement/get-agreement.http.controller.js';
import { GetAgreementHandler } from './queries/get-agreement/get-agreement.handler.js';
import { ListAgreementsController } from './queries/list-agreements/list-agreements.http.controller.js';
import { ListAgreementsHandler } from './queries/list-agreements/list-agreements.handler.js';

@Module({
  imports: [IdentityModule],
  controllers: [
    ListAgreementsController,
    GetAgreementController,
    RegisterAgreementController,
    AssignRoleController,
    RevokeRoleController,
    RecordObligationFulfilmentController,
    SetOverallGoalController,
    RemoveOverallGoalController,
    ProposeAmendmentController,
    ApproveAmendmentController,
    RejectAmendmentController,
  ],
  providers: [
    AgreementRepository,
    AgreementAccess,
    AgreementCommands,
    RegisterAgreementHandler,
    AssignRoleHandler,
    RevokeRoleHandler,
    RecordObligationFulfilmentHandler,
    SetOverallGoalHandler,
    RemoveOverallGoalHandler,
    AmendmentDecider,
    ProposeAmendmentHandler,
    ApproveAmendmentHandler,
    RejectAmendmentHandler,
    ListAgreementsHandler,
    GetAgreementHandler,
  ],
  exports: [AgreementRepository, AgreementAccess, AgreementCommands],
})
export class AgreementsModule {}
