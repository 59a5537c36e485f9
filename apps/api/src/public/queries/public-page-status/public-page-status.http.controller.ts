import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isPubliclyPublished } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { PublicPageStatusDto } from './public-page-status.response.js';

@ApiTags('public page')
@ApiBearerAuth()
@Controller('agreements/:agreementId/public-page')
export class PublicPageStatusController {
  constructor(
    private readonly access: ReadAccess,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether the agreement’s page for residents is published, and where (anyone who may see the agreement)' })
  @ApiOkResponse({ type: PublicPageStatusDto })
  @ApiProblems(400, 401, 404)
  async status(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<PublicPageStatusDto> {
    await this.consistency.atLeast(query.minPosition);
    const agreement = await this.access.agreement(agreementId, actor);
    return {
      agreementId,
      published: isPubliclyPublished(agreement),
      path: `/offentlig/${agreementId}`,
      changedAt: agreement.publicPage?.changedAt ?? null,
      revision: agreement.revision,
    };
  }
}
