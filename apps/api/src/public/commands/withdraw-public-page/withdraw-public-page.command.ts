import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../../agreements/agreement-commands.service.js';

export class WithdrawPublicPageCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly reason: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}
