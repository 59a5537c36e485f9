import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProposalMaterial } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { GetProposalMaterialQuery } from './get-proposal-material.query.js';
import { ProposalMaterialView } from './get-proposal-material.response.js';

@ApiTags('decisions')
@Controller('focus-areas/:focusAreaId/proposals/:proposalId/material')
export class GetProposalMaterialController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The material of a pending proposal: the work being decided, and what changed since the council last decided' })
  @ApiOkResponse({ type: ProposalMaterialView })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Param('proposalId', ParseIdPipe) proposalId: string,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ProposalMaterial> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetProposalMaterialQuery(focusAreaId, proposalId, actor));
  }
}
