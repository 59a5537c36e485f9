import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { GetAgreementQuery } from './get-agreement.query.js';
import { AgreementDetailDto } from './get-agreement.response.js';
import { ApiProblems } from '../../../common/api-problems.decorator.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('agreements/:agreementId')
export class GetAgreementController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'An agreement: parties, period, council, policy, roles and focus areas' })
  @ApiOkResponse({ type: AgreementDetailDto })
  @ApiProblems(400, 401, 404)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementDetailDto> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetAgreementQuery(agreementId, actor));
  }
}
