import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { GetDecisionInboxQuery, type PartyInbox } from './get-decision-inbox.query.js';
import { GetDecisionInboxRequestDto } from './get-decision-inbox.request.dto.js';
import { PartyInboxView } from './get-decision-inbox.response.js';

@ApiTags('decisions')
@Controller('agreements/:agreementId/inbox')
export class GetDecisionInboxController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: "Decision inbox: proposals waiting for a party's decision, oldest first, with grounds and meeting" })
  @ApiOkResponse({ type: [PartyInboxView], description: 'One inbox per party asked for' })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: GetDecisionInboxRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<PartyInbox[]> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetDecisionInboxQuery(agreementId, query.partyId, actor));
  }
}
