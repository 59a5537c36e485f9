import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { RecordIndicatorMeasurementCommand } from './record-indicator-measurement.command.js';
import { RecordIndicatorMeasurementRequestDto } from './record-indicator-measurement.request.dto.js';
import { RecordIndicatorMeasurementResponseDto } from './record-indicator-measurement.response.dto.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/goals/:goalId/measurements')
export class RecordIndicatorMeasurementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: "Record a measurement of the goal's indicator (a value, or null for a follow-up planned on that day)" })
  @ApiCreatedResponse({ type: RecordIndicatorMeasurementResponseDto })
  @ApiProblems()
  record(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('goalId', ParseIdPipe) goalId: string,
    @Body() body: RecordIndicatorMeasurementRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<RecordIndicatorMeasurementResponseDto> {
    return this.commandBus.execute(new RecordIndicatorMeasurementCommand(focusAreaId, goalId, undefined, body, request));
  }

  @Put(':measurementId')
  @ApiOperation({ summary: 'Revise a measurement of the goal (for instance the value of a follow-up that was planned)' })
  @ApiOkResponse({ type: RecordIndicatorMeasurementResponseDto })
  @ApiProblems()
  revise(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('goalId', ParseIdPipe) goalId: string,
    @Param('measurementId', ParseIdPipe) measurementId: string,
    @Body() body: RecordIndicatorMeasurementRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<RecordIndicatorMeasurementResponseDto> {
    return this.commandBus.execute(new RecordIndicatorMeasurementCommand(focusAreaId, goalId, measurementId, body, request));
  }
}
