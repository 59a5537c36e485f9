import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { GetFocusAreaQuery } from './get-focus-area.query.js';
import { FocusAreaResponse } from './get-focus-area.response.js';
import { ApiProblems } from '../../../common/api-problems.decorator.js';

@ApiTags('focus-areas')
@ApiBearerAuth()
@Controller('focus-areas/:focusAreaId')
export class GetFocusAreaController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'A focus area with its step, work, pending proposal and what is possible next' })
  @ApiOkResponse({ type: FocusAreaResponse })
  @ApiProblems(400, 401, 404)
  get(@Param('focusAreaId', ParseIdPipe) focusAreaId: string, @CurrentActor() actor: Actor): Promise<FocusAreaResponse> {
    return this.queryBus.execute(new GetFocusAreaQuery(focusAreaId, actor));
  }
}
