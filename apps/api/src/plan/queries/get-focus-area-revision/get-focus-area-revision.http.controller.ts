import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FocusAreaBoardDoc } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { GetFocusAreaRevisionQuery } from './get-focus-area-revision.query.js';
import { FocusAreaDocView } from '../../../common/responses/focus-area-doc.response.js';

@ApiTags('audit')
@Controller('focus-areas/:focusAreaId/revisions/:revision')
export class GetFocusAreaRevisionController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A focus area as it stood after a given revision (the ETag numbers)' })
  @ApiOkResponse({ type: FocusAreaDocView, description: 'The focus area at that revision' })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('revision', ParseIntPipe) revision: number,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<FocusAreaBoardDoc> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetFocusAreaRevisionQuery(focusAreaId, revision, actor));
  }
}
