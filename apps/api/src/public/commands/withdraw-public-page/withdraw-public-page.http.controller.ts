import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgreementCommandOutcomeDto } from '../../../agreements/agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../../agreements/agreement-commands.service.js';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { WithdrawPublicPageCommand } from './withdraw-public-page.command.js';
import { WithdrawPublicPageRequestDto } from './withdraw-public-page.request.dto.js';

@ApiTags('public page')
@ApiBearerAuth()
@Controller('agreements/:agreementId/public-page/withdrawal')
export class WithdrawPublicPageController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Take the agreement’s page for residents down, with the reason (coordinators)' })
  @ApiCreatedResponse({ type: AgreementCommandOutcomeDto, description: 'Taken down; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  withdraw(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: WithdrawPublicPageRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AgreementCommandOutcome> {
    return this.commandBus.execute(new WithdrawPublicPageCommand(agreementId, body.reason, request));
  }
}
