import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../../agreements/agreement-commands.service.js';

export class PublishPublicPageCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}
