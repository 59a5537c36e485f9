import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { GetAgreementQuery } from './get-agreement.query.js';
import { GetAgreementRequestDto } from './get-agreement.request.dto.js';
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
  @ApiOperation({ summary: 'An agreement: as signed and as amended, the terms in force on a day, its amendments, roles and focus areas' })
  @ApiOkResponse({ type: AgreementDetailDto })
  @ApiProblems(400, 401, 404)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: GetAgreementRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementDetailDto> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetAgreementQuery(agreementId, actor, query.on));
  }
}
