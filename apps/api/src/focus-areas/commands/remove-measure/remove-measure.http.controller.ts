import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RemoveMeasureCommand } from './remove-measure.command.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/measures/:measureId')
export class RemoveMeasureController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Remove a measure from the action plan' })
  @ApiOkResponse({ type: CommandOutcomeDto, description: 'Removed; the event stays in the history' })
  @ApiProblems()
  remove(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('measureId', ParseIdPipe) measureId: string,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RemoveMeasureCommand(focusAreaId, measureId, request));
  }
}
