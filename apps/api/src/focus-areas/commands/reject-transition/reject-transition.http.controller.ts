import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RejectTransitionCommand } from './reject-transition.command.js';
import { RejectTransitionRequestDto } from './reject-transition.request.dto.js';

@ApiTags('decisions')
@Controller('focus-areas/:focusAreaId/proposals/:proposalId/rejections')
export class RejectTransitionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject the pending proposal on behalf of your party, with a reason; it returns to the coordinator' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  reject(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: RejectTransitionRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RejectTransitionCommand(focusAreaId, proposalId, body, request));
  }
}
