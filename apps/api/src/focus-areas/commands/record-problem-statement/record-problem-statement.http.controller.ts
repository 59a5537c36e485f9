import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RecordProblemStatementCommand } from './record-problem-statement.command.js';
import { RecordProblemStatementRequestDto } from './record-problem-statement.request.dto.js';

@ApiTags('mapping')
@Controller('focus-areas/:focusAreaId/problem-statement')
export class RecordProblemStatementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Record (or revise) the problem statement: what, where, when, how often' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  record(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: RecordProblemStatementRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RecordProblemStatementCommand(focusAreaId, body, request));
  }
}
