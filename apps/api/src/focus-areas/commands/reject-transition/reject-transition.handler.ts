import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RejectTransitionCommand } from './reject-transition.command.js';

/** A council representative (or substitute) rejects the pending proposal for their party: one no ends it. */
@CommandHandler(RejectTransitionCommand)
export class RejectTransitionHandler implements ICommandHandler<RejectTransitionCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, proposalId, body, request }: RejectTransitionCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireDecider(loaded.agreement, request.actor, body.partyId);
    return this.commands.decideAndAppend(loaded, { type: 'RejectTransition', data: { proposalId, reason: body.reason } }, request, acting, {
      decidingPartyId: acting.partyId,
    });
  }
}
