import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { ProposeFocusAreaCommand } from './propose-focus-area.command.js';
import { ProposeFocusAreaRequestDto } from './propose-focus-area.request.dto.js';

@ApiTags('focus-areas')
@Controller('agreements/:agreementId/focus-areas')
export class ProposeFocusAreaController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Propose a focus area (coordinators); the council prioritises it into the cycle' })
  @ApiCreatedResponse({ type: CommandOutcomeDto, description: 'Proposed; Location names the new focus area' })
  @ApiProblems()
  async propose(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: ProposeFocusAreaRequestDto,
    @Ctx() request: RequestContext,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<CommandOutcomeDto> {
    const outcome = await this.commandBus.execute(new ProposeFocusAreaCommand(agreementId, body, request));
    response.setHeader('Location', `/api/focus-areas/${outcome.focusAreaId}`);
    return outcome;
  }
}
