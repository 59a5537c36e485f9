import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AmendmentCommandOutcomeDto, type AmendmentCommandOutcome } from './amendment-command-outcome.dto.js';
import { toAmendmentChange } from './amendment-change.request.dto.js';
import { ProposeAmendmentCommand } from './propose-amendment.command.js';
import { ProposeAmendmentRequestDto } from './propose-amendment.request.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/amendments')
export class ProposeAmendmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Propose an amendment of the agreement (coordinators); every party in force today must approve it' })
  @ApiCreatedResponse({ type: AmendmentCommandOutcomeDto, description: 'Proposed; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  propose(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: ProposeAmendmentRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AmendmentCommandOutcome> {
    const { amendmentId, effectiveFrom, grounds, changes } = body;
    const input = { agreementId, ...(amendmentId ? { amendmentId } : {}), effectiveFrom, grounds, changes: changes.map(toAmendmentChange) };
    return this.commandBus.execute(new ProposeAmendmentCommand(input, request));
  }
}
