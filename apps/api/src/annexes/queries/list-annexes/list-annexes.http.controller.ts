import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { AnnexListView, annexOrder, annexView } from '../annex.response.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annexes')
export class ListAnnexesController {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: "The agreement's annexes, each with the version in force and every version (drafts, awaiting signatures, history)" })
  @ApiOkResponse({ type: AnnexListView })
  @ApiProblems(400, 401, 404, 503)
  async list(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<AnnexListView> {
    await this.consistency.atLeast(query.minPosition);
    await this.access.agreement(agreementId, actor);
    const annexes = await this.readModels.annexes(agreementId);
    return { agreementId, annexes: annexes.sort(annexOrder).map(annexView) };
  }
}
