import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { ApproveTransitionCommand } from './approve-transition.command.js';
import { ApproveTransitionRequestDto } from './approve-transition.request.dto.js';

@ApiTags('decisions')
@Controller('focus-areas/:focusAreaId/proposals/:proposalId/approvals')
export class ApproveTransitionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Approve the pending proposal on behalf of your party; the last party's approval makes the transition" })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  approve(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: ApproveTransitionRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new ApproveTransitionCommand(focusAreaId, proposalId, body.partyId, request, body.protocol));
  }
}
