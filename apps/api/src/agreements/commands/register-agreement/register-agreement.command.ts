import { Command } from '@nestjs/cqrs';
import type { RegisterAgreementData } from '@samverkan/agreements';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';

export class RegisterAgreementCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly data: RegisterAgreementData,
    readonly request: RequestContext,
  ) {
    super();
  }
}
