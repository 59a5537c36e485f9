import { Controller, Delete, Param, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RevokeRoleCommand } from './revoke-role.command.js';
import { RevokeRoleRequestDto } from './revoke-role.request.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/roles')
export class RevokeRoleController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Take a role back (administrators); the assignment stays in the history' })
  @ApiOkResponse({ type: AgreementCommandOutcomeDto, description: 'Revoked; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 409, 412, 422)
  revoke(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: RevokeRoleRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AgreementCommandOutcome> {
    return this.commandBus.execute(new RevokeRoleCommand({ agreementId, ...query }, request));
  }
}
