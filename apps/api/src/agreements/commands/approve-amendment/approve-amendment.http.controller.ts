import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AmendmentCommandOutcomeDto, type AmendmentCommandOutcome } from '../propose-amendment/amendment-command-outcome.dto.js';
import { ApproveAmendmentCommand } from './amendment-decision.command.js';
import { ApproveAmendmentRequestDto } from './amendment-decision.request.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/amendments/:amendmentId/approvals')
export class ApproveAmendmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Approve the pending amendment on behalf of your party; the last party's approval amends the agreement" })
  @ApiOkResponse({ type: AmendmentCommandOutcomeDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  approve(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('amendmentId', ParseIdPipe) amendmentId: string,
    @Body() body: ApproveAmendmentRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AmendmentCommandOutcome> {
    const { partyId, protocol } = body;
    const input = {
      agreementId,
      amendmentId,
      ...(partyId ? { partyId } : {}),
      ...(protocol ? { protocol: { meetingId: protocol.meetingId, paragraph: protocol.paragraph } } : {}),
    };
    return this.commandBus.execute(new ApproveAmendmentCommand(input, request));
  }
}
