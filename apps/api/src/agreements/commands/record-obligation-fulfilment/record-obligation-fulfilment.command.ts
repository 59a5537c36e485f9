import { Command } from '@nestjs/cqrs';
import type { RecordObligationFulfilmentData } from '@samverkan/agreements';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';

export class RecordObligationFulfilmentCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly data: RecordObligationFulfilmentData,
    readonly request: RequestContext,
  ) {
    super();
  }
}
