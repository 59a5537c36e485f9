import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RemoveSourceCommand } from './remove-source.command.js';

@ApiTags('mapping')
@Controller('focus-areas/:focusAreaId/sources/:sourceId')
export class RemoveSourceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Remove a source from the mapping' })
  @ApiOkResponse({ type: CommandOutcomeDto, description: 'Removed; the event stays in the history' })
  @ApiProblems()
  remove(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('sourceId', ParseIdPipe) sourceId: string,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RemoveSourceCommand(focusAreaId, sourceId, request));
  }
}
