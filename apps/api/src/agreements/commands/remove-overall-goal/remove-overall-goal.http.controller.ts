import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RemoveOverallGoalCommand } from './remove-overall-goal.command.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/overall-goals/:overallGoalId')
export class RemoveOverallGoalController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Remove an overall goal of the agreement (coordinators)' })
  @ApiOkResponse({ type: AgreementCommandOutcomeDto, description: 'Removed; the event stays in the history' })
  @ApiProblems(401, 403, 404, 409, 412, 422)
  remove(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('overallGoalId', ParseIdPipe) overallGoalId: string,
    @Ctx() request: RequestContext,
  ): Promise<AgreementCommandOutcome> {
    return this.commandBus.execute(new RemoveOverallGoalCommand(agreementId, overallGoalId, request));
  }
}
