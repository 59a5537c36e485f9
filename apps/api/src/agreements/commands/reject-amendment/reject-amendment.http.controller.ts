import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { RejectAmendmentCommand } from '../approve-amendment/amendment-decision.command.js';
import { AmendmentCommandOutcomeDto, type AmendmentCommandOutcome } from '../propose-amendment/amendment-command-outcome.dto.js';
import { RejectAmendmentRequestDto } from './reject-amendment.request.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/amendments/:amendmentId/rejections')
export class RejectAmendmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject the pending amendment on behalf of your party, with a reason; it ends the amendment' })
  @ApiOkResponse({ type: AmendmentCommandOutcomeDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  reject(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('amendmentId', ParseIdPipe) amendmentId: string,
    @Body() body: RejectAmendmentRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AmendmentCommandOutcome> {
    const { partyId, protocol, reason } = body;
    const input = {
      agreementId,
      amendmentId,
      reason,
      ...(partyId ? { partyId } : {}),
      ...(protocol ? { protocol: { meetingId: protocol.meetingId, paragraph: protocol.paragraph } } : {}),
    };
    return this.commandBus.execute(new RejectAmendmentCommand(input, request));
  }
}
