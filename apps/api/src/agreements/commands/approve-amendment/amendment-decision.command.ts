import { Command } from '@nestjs/cqrs';
import type { ProtocolReference } from '@samverkan/shared-kernel';
import type { RequestContext } from '../../../common/request-context.js';
import type { AmendmentCommandOutcome } from '../propose-amendment/amendment-command-outcome.dto.js';

export interface AmendmentDecisionInput {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly partyId?: string;
  readonly protocol?: ProtocolReference;
}

export class ApproveAmendmentCommand extends Command<AmendmentCommandOutcome> {
  constructor(
    readonly input: AmendmentDecisionInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

export class RejectAmendmentCommand extends Command<AmendmentCommandOutcome> {
  constructor(
    readonly input: AmendmentDecisionInput & { readonly reason: string },
    readonly request: RequestContext,
  ) {
    super();
  }
}
