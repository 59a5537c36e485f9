import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RegisterAgreementData } from '@samverkan/agreements';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RegisterAgreementCommand } from './register-agreement.command.js';
import { RegisterAgreementRequestDto } from './register-agreement.request.dto.js';

@ApiTags('agreements')
@Controller('agreements')
export class RegisterAgreementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Register a signed agreement (administrators)' })
  @ApiCreatedResponse({ type: AgreementCommandOutcomeDto, description: 'Registered; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 409, 422)
  register(@Body() body: RegisterAgreementRequestDto, @Ctx() request: RequestContext): Promise<AgreementCommandOutcome> {
    return this.commandBus.execute(new RegisterAgreementCommand(body as RegisterAgreementData, request));
  }
}
