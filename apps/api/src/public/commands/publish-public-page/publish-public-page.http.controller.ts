import { Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgreementCommandOutcomeDto } from '../../../agreements/agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../../agreements/agreement-commands.service.js';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { PublishPublicPageCommand } from './publish-public-page.command.js';

@ApiTags('public page')
@ApiBearerAuth()
@Controller('agreements/:agreementId/public-page')
export class PublishPublicPageController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Publish the agreement’s page for residents at /offentlig/{agreementId} (coordinators); opt-in' })
  @ApiCreatedResponse({ type: AgreementCommandOutcomeDto, description: 'Published; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  publish(@Param('agreementId', ParseIdPipe) agreementId: string, @Ctx() request: RequestContext): Promise<AgreementCommandOutcome> {
    return this.commandBus.execute(new PublishPublicPageCommand(agreementId, request));
  }
}
