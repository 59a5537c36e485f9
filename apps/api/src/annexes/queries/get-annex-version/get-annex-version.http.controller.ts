import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { notFound } from '../../../common/problem.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { ParseVersionPipe } from '../../version.pipe.js';
import { AnnexVersionView, versionView } from '../annex.response.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annexes/:annexId/versions/:version')
export class GetAnnexVersionController {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'One version of an annex: its text, files, decision and signatures' })
  @ApiOkResponse({ type: AnnexVersionView })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('annexId', ParseIdPipe) annexId: string,
    @Param('version', ParseVersionPipe) version: number,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<AnnexVersionView> {
    await this.consistency.atLeast(query.minPosition);
    await this.access.agreement(agreementId, actor);
    const annex = await this.readModels.annex(annexId);
    const found = annex?.agreementId === agreementId ? annex.versions.find((v) => v.version === version) : undefined;
    if (!annex || !found) throw notFound(`Version ${version} of annex ${annexId}`);
    return versionView(annex, found);
  }
}
