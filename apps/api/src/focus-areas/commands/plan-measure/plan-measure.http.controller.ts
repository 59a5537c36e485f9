import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { PlanMeasureCommand } from './plan-measure.command.js';
import { PlanMeasureRequestDto } from './plan-measure.request.dto.js';
import { PlanMeasureResponseDto } from './plan-measure.response.dto.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/measures')
export class PlanMeasureController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Plan a measure: activity, cause, goal, due date, responsible party and function, follow-up' })
  @ApiCreatedResponse({ type: PlanMeasureResponseDto })
  @ApiProblems()
  plan(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: PlanMeasureRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<PlanMeasureResponseDto> {
    return this.commandBus.execute(new PlanMeasureCommand(focusAreaId, undefined, body, request));
  }

  @Put(':measureId')
  @ApiOperation({ summary: 'Revise a measure of this cycle (the plan is replaced; its follow-up status is kept)' })
  @ApiOkResponse({ type: PlanMeasureResponseDto })
  @ApiProblems()
  revise(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('measureId', ParseIdPipe) measureId: string,
    @Body() body: PlanMeasureRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<PlanMeasureResponseDto> {
    return this.commandBus.execute(new PlanMeasureCommand(focusAreaId, measureId, body, request));
  }
}
