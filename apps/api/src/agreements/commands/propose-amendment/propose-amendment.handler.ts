import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, IdGenerator } from '../../../infrastructure/clock.js';
import { AgreementAccess } from '../../agreement-access.js';
import { AgreementCommands } from '../../agreement-commands.service.js';
import type { AmendmentCommandOutcome } from './amendment-command-outcome.dto.js';
import { ProposeAmendmentCommand } from './propose-amendment.command.js';

/** A coordinator proposes an amendment; the day it is proposed decides whose consent it needs. */
@CommandHandler(ProposeAmendmentCommand)
export class ProposeAmendmentHandler implements ICommandHandler<ProposeAmendmentCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ input, request }: ProposeAmendmentCommand): Promise<AmendmentCommandOutcome> {
    const loaded = await this.access.loadVisible(input.agreementId, request.actor);
    const acting = this.access.requireRole(loaded, request.actor, 'coordinator');
    const amendmentId = input.amendmentId ?? this.ids.newId();
    const proposedOn = this.clock.todayInSweden();
    const data = { ...input, amendmentId, proposedOn };
    const outcome = await this.agreements.execute(input.agreementId, { type: 'ProposeAmendment', data }, request, acting);
    return { ...outcome, amendmentId };
  }
}
