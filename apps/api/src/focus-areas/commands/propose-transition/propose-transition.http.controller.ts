import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { ProposeTransitionCommand } from './propose-transition.command.js';
import { ProposeTransitionRequestDto } from './propose-transition.request.dto.js';
import { ProposeTransitionResponseDto } from './propose-transition.response.dto.js';

@ApiTags('decisions')
@Controller('focus-areas/:focusAreaId/proposals')
export class ProposeTransitionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Propose a transition to the council (prioritise, advance, close, new cycle, step back); made at once when the policy asks no decision',
  })
  @ApiCreatedResponse({ type: ProposeTransitionResponseDto })
  @ApiProblems()
  propose(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: ProposeTransitionRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<ProposeTransitionResponseDto> {
    return this.commandBus.execute(new ProposeTransitionCommand(focusAreaId, body, request));
  }
}
