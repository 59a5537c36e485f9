import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RemoveIndicatorMeasurementCommand } from './remove-indicator-measurement.command.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/goals/:goalId/measurements/:measurementId')
export class RemoveIndicatorMeasurementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Remove a measurement of the goal (recorded by mistake)' })
  @ApiOkResponse({ type: CommandOutcomeDto, description: 'Removed; the event stays in the history' })
  @ApiProblems()
  remove(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('goalId', ParseIdPipe) goalId: string,
    @Param('measurementId', ParseIdPipe) measurementId: string,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RemoveIndicatorMeasurementCommand(focusAreaId, goalId, measurementId, request));
  }
}
