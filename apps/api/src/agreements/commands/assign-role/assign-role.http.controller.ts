import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { AssignRoleCommand } from './assign-role.command.js';
import { AssignRoleRequestDto } from './assign-role.request.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/roles')
export class AssignRoleController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Give an account a role in the agreement (administrators)' })
  @ApiOkResponse({ type: AgreementCommandOutcomeDto, description: 'Assigned; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 409, 412, 422)
  assign(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: AssignRoleRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AgreementCommandOutcome> {
    return this.commandBus.execute(new AssignRoleCommand({ agreementId, ...body }, request));
  }
}
