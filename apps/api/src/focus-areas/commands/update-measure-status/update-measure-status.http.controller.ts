import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { UpdateMeasureStatusCommand } from './update-measure-status.command.js';
import { UpdateMeasureStatusRequestDto } from './update-measure-status.request.dto.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/measures/:measureId/status')
export class UpdateMeasureStatusController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Set the follow-up status of a measure: green, yellow, red or done' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  update(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('measureId', ParseIdPipe) measureId: string,
    @Body() body: UpdateMeasureStatusRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new UpdateMeasureStatusCommand(focusAreaId, measureId, body, request));
  }
}
