import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { AgreementSummaryDto } from '../agreement.response.js';
import { ListAgreementsQuery } from './list-agreements.query.js';
import { ApiProblems } from '../../../common/api-problems.decorator.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('agreements')
export class ListAgreementsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The agreements you hold a role in, with their focus areas and steps' })
  @ApiOkResponse({ type: [AgreementSummaryDto] })
  @ApiProblems(400, 401)
  async list(@Query() query: ReadModelQueryDto, @CurrentActor() actor: Actor): Promise<AgreementSummaryDto[]> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new ListAgreementsQuery(actor));
  }
}
