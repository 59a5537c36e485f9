import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AmendmentDecider } from '../approve-amendment/amendment-decider.service.js';
import { RejectAmendmentCommand } from '../approve-amendment/amendment-decision.command.js';
import type { AmendmentCommandOutcome } from '../propose-amendment/amendment-command-outcome.dto.js';

/** A council representative (or substitute) rejects the pending amendment for their party, with a reason: it ends the amendment. */
@CommandHandler(RejectAmendmentCommand)
export class RejectAmendmentHandler implements ICommandHandler<RejectAmendmentCommand> {
  constructor(private readonly decider: AmendmentDecider) {}

  execute({ input, request }: RejectAmendmentCommand): Promise<AmendmentCommandOutcome> {
    const { agreementId, amendmentId, reason } = input;
    return this.decider.decide(input, request, (facts) => ({ type: 'RejectAmendment', data: { agreementId, amendmentId, reason, ...facts } }));
  }
}
