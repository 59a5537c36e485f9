import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RecordGoalOutcomeCommand } from './record-goal-outcome.command.js';
import { RecordGoalOutcomeRequestDto } from './record-goal-outcome.request.dto.js';

@ApiTags('evaluation')
@Controller('focus-areas/:focusAreaId/goals/:goalId/outcome')
export class RecordGoalOutcomeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Record (or revise) the outcome of a goal: production, process and effect' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  record(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('goalId', ParseIdPipe) goalId: string,
    @Body() body: RecordGoalOutcomeRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RecordGoalOutcomeCommand(focusAreaId, goalId, body, request));
  }
}
