import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { SetGoalCommand } from './set-goal.command.js';
import { SetGoalRequestDto } from './set-goal.request.dto.js';
import { SetGoalResponseDto } from './set-goal.response.dto.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/goals')
export class SetGoalController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Set a new goal of the action plan (SMART once indicator, baseline, target, date and follow-up are given)' })
  @ApiCreatedResponse({ type: SetGoalResponseDto })
  @ApiProblems()
  set(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: SetGoalRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<SetGoalResponseDto> {
    return this.commandBus.execute(new SetGoalCommand(focusAreaId, undefined, body, request));
  }

  @Put(':goalId')
  @ApiOperation({ summary: 'Revise a goal of this cycle (the whole goal is replaced; omitted fields are cleared)' })
  @ApiOkResponse({ type: SetGoalResponseDto })
  @ApiProblems()
  revise(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('goalId', ParseIdPipe) goalId: string,
    @Body() body: SetGoalRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<SetGoalResponseDto> {
    return this.commandBus.execute(new SetGoalCommand(focusAreaId, goalId, body, request));
  }
}
