import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { IdentifyCauseCommand } from './identify-cause.command.js';
import { IdentifyCauseRequestDto } from './identify-cause.request.dto.js';
import { IdentifyCauseResponseDto } from './identify-cause.response.dto.js';

@ApiTags('analysis')
@Controller('focus-areas/:focusAreaId/causes')
export class IdentifyCauseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Identify a contributing cause in the analysis' })
  @ApiCreatedResponse({ type: IdentifyCauseResponseDto })
  @ApiProblems()
  identify(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: IdentifyCauseRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<IdentifyCauseResponseDto> {
    return this.commandBus.execute(new IdentifyCauseCommand(focusAreaId, body, request));
  }
}
