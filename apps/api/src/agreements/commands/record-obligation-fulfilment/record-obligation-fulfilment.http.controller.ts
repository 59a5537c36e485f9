import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RecordObligationFulfilmentCommand } from './record-obligation-fulfilment.command.js';
import { RecordObligationFulfilmentRequestDto } from './record-obligation-fulfilment.request.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/obligation-fulfilments')
export class RecordObligationFulfilmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Record that an obligation was carried out (coordinators): a council meeting held, the situation picture updated …' })
  @ApiCreatedResponse({ type: AgreementCommandOutcomeDto, description: 'Recorded; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  record(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: RecordObligationFulfilmentRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AgreementCommandOutcome> {
    const { obligationKind, fulfilledOn, note } = body;
    return this.commandBus.execute(
      new RecordObligationFulfilmentCommand({ agreementId, obligationKind, fulfilledOn, ...(note ? { note } : {}) }, request),
    );
  }
}
