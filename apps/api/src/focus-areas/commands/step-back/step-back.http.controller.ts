import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { StepBackCommand } from './step-back.command.js';
import { StepBackRequestDto } from './step-back.request.dto.js';

@ApiTags('decisions')
@Controller('focus-areas/:focusAreaId/step-back')
export class StepBackController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Go back to an earlier step with a reason (when the agreement asks no council decision for it)' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  stepBack(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: StepBackRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new StepBackCommand(focusAreaId, body, request));
  }
}
