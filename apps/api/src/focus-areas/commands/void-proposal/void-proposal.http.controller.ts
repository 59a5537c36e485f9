import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { VoidProposalCommand } from './void-proposal.command.js';
import { VoidProposalRequestDto } from './void-proposal.request.dto.js';

@ApiTags('decisions')
@Controller('focus-areas/:focusAreaId/proposals/:proposalId/withdrawal')
export class VoidProposalController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Take back a pending proposal before the council has decided it (coordinators)' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  withdraw(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Body() body: VoidProposalRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new VoidProposalCommand(focusAreaId, proposalId, body, request));
  }
}
