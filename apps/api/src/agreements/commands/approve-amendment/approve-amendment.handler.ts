import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendmentCommandOutcome } from '../propose-amendment/amendment-command-outcome.dto.js';
import { AmendmentDecider } from './amendment-decider.service.js';
import { ApproveAmendmentCommand } from './amendment-decision.command.js';

/** A council representative (or substitute) approves the pending amendment for their party; the last approval amends the agreement. */
@CommandHandler(ApproveAmendmentCommand)
export class ApproveAmendmentHandler implements ICommandHandler<ApproveAmendmentCommand> {
  constructor(private readonly decider: AmendmentDecider) {}

  execute({ input, request }: ApproveAmendmentCommand): Promise<AmendmentCommandOutcome> {
    const { agreementId, amendmentId } = input;
    return this.decider.decide(input, request, (facts) => ({ type: 'ApproveAmendment', data: { agreementId, amendmentId, ...facts } }));
  }
}
