import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AddSourceCommand } from './add-source.command.js';
import { AddSourceRequestDto } from './add-source.request.dto.js';
import { AddSourceResponseDto } from './add-source.response.dto.js';

@ApiTags('mapping')
@Controller('focus-areas/:focusAreaId/sources')
export class AddSourceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Add a source to the mapping (crime statistics, safety survey, citizen dialogue …)' })
  @ApiCreatedResponse({ type: AddSourceResponseDto })
  @ApiProblems()
  add(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: AddSourceRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AddSourceResponseDto> {
    return this.commandBus.execute(new AddSourceCommand(focusAreaId, body, request));
  }
}
