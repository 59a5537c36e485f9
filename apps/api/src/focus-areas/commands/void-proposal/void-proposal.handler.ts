import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { VoidProposalCommand } from './void-proposal.command.js';

/** The coordinator takes a pending proposal back before the council has decided it. */
@CommandHandler(VoidProposalCommand)
export class VoidProposalHandler implements ICommandHandler<VoidProposalCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, proposalId, body, request }: VoidProposalCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'VoidProposal', data: { proposalId, reason: body.reason } }, request, acting);
  }
}
