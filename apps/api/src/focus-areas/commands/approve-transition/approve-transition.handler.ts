import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { Clock } from '../../../infrastructure/clock.js';
import { MeetingCitations } from '../../../meetings/meeting-citations.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { ApproveTransitionCommand } from './approve-transition.command.js';

/** A council representative (or substitute) approves the pending proposal on behalf of their party, citing the meeting's paragraph when there is one. */
@CommandHandler(ApproveTransitionCommand)
export class ApproveTransitionHandler implements ICommandHandler<ApproveTransitionCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly citations: MeetingCitations,
    private readonly clock: Clock,
  ) {}

  async execute({ focusAreaId, proposalId, partyId, request, protocol }: ApproveTransitionCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireDecider(loaded.agreement, request.actor, partyId);
    const cited =
      protocol &&
      (await this.citations.check({
        agreementId: loaded.facts.agreementId,
        protocol,
        subject: { kind: 'transition', focusAreaId, proposalId },
        on: this.clock.todayInSweden(),
      }));
    return this.commands.decideAndAppend(loaded, { type: 'ApproveTransition', data: { proposalId } }, request, acting, {
      decidingPartyId: acting.partyId,
      ...(cited ? { protocol: cited } : {}),
    });
  }
}
