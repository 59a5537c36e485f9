import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { AgreementAccess } from './agreement-access.js';
import { AgreementCommands } from './agreement-commands.service.js';
import { AgreementRepository } from './agreement.repository.js';
import { AssignRoleController } from './commands/assign-role/assign-role.http.controller.js';
import { AssignRoleHandler } from './commands/assign-role/assign-role.handler.js';
import { RegisterAgreementController } from './commands/register-agreement/register-agreement.http.controller.js';
import { RegisterAgreementHandler } from './commands/register-agreement/register-agreement.handler.js';
import { RecordObligationFulfilmentController } from './commands/record-obligation-fulfilment/record-obligation-fulfilment.http.controller.js';
import { RecordObligationFulfilmentHandler } from './commands/record-obligation-fulfilment/record-obligation-fulfilment.handler.js';
import { RevokeRoleController } from './commands/revoke-role/revoke-role.http.controller.js';
import { RevokeRoleHandler } from './commands/revoke-role/revoke-role.handler.js';
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
  ],
  providers: [
    AgreementRepository,
    AgreementAccess,
    AgreementCommands,
    RegisterAgreementHandler,
    AssignRoleHandler,
    RevokeRoleHandler,
    RecordObligationFulfilmentHandler,
    ListAgreementsHandler,
    GetAgreementHandler,
  ],
  exports: [AgreementRepository, AgreementAccess, AgreementCommands],
})
export class AgreementsModule {}
