import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';

export class RemoveOverallGoalCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly overallGoalId: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}
