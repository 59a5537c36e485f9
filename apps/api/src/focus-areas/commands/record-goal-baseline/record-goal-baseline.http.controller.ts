import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RecordGoalBaselineCommand } from './record-goal-baseline.command.js';
import { RecordGoalBaselineRequestDto } from './record-goal-baseline.request.dto.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/goals/:goalId/baseline')
export class RecordGoalBaselineController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Record the measured baseline of a goal set with its baseline to be measured later' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  record(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('goalId', ParseIdPipe) goalId: string,
    @Body() body: RecordGoalBaselineRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RecordGoalBaselineCommand(focusAreaId, goalId, body, request));
  }
}
