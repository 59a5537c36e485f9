import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { CarryWorkForwardCommand } from './carry-work-forward.command.js';
import { CarryWorkForwardRequestDto } from './carry-work-forward.request.dto.js';

@ApiTags('mapping')
@Controller('focus-areas/:focusAreaId/carried-work')
export class CarryWorkForwardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'In a new cycle, keep the chosen unfinished measures, goals and sources of the cycle just ended (once per cycle)' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  carry(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: CarryWorkForwardRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new CarryWorkForwardCommand(focusAreaId, body, request));
  }
}
