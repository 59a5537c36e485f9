import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RemoveCauseCommand } from './remove-cause.command.js';

@ApiTags('analysis')
@Controller('focus-areas/:focusAreaId/causes/:causeId')
export class RemoveCauseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Remove an identified cause (refused while a measure targets it)' })
  @ApiOkResponse({ type: CommandOutcomeDto, description: 'Removed; the event stays in the history' })
  @ApiProblems()
  remove(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('causeId', ParseIdPipe) causeId: string,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RemoveCauseCommand(focusAreaId, causeId, request));
  }
}
