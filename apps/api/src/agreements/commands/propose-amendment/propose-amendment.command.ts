import { Command } from '@nestjs/cqrs';
import type { AmendmentChange } from '@samverkan/agreements';
import type { RequestContext } from '../../../common/request-context.js';
import type { AmendmentCommandOutcome } from './amendment-command-outcome.dto.js';

export interface ProposeAmendmentInput {
  readonly agreementId: string;
  readonly amendmentId?: string;
  readonly effectiveFrom: string;
  readonly grounds: string;
  readonly changes: readonly AmendmentChange[];
}

export class ProposeAmendmentCommand extends Command<AmendmentCommandOutcome> {
  constructor(
    readonly input: ProposeAmendmentInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}
