import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { ConcludeEvaluationCommand } from './conclude-evaluation.command.js';
import { ConcludeEvaluationRequestDto } from './conclude-evaluation.request.dto.js';

@ApiTags('evaluation')
@Controller('focus-areas/:focusAreaId/conclusion')
export class ConcludeEvaluationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Record (or revise) the conclusion of the evaluation' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  conclude(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: ConcludeEvaluationRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new ConcludeEvaluationCommand(focusAreaId, body, request));
  }
}
