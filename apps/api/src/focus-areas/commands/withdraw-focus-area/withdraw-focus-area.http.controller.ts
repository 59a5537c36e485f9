import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { WithdrawFocusAreaCommand } from './withdraw-focus-area.command.js';
import { WithdrawFocusAreaRequestDto } from './withdraw-focus-area.request.dto.js';

@ApiTags('focus-areas')
@Controller('focus-areas/:focusAreaId/withdrawal')
export class WithdrawFocusAreaController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a proposed focus area, with a reason (coordinators)' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  withdraw(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: WithdrawFocusAreaRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new WithdrawFocusAreaCommand(focusAreaId, body, request));
  }
}
