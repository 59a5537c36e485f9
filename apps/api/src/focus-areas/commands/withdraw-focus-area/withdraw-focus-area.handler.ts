import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { WithdrawFocusAreaCommand } from './withdraw-focus-area.command.js';

/** A coordinator withdraws a proposed focus area, with a reason; a pending proposal is voided with it. */
@CommandHandler(WithdrawFocusAreaCommand)
export class WithdrawFocusAreaHandler implements ICommandHandler<WithdrawFocusAreaCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: WithdrawFocusAreaCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'WithdrawFocusArea', data: { reason: body.reason } }, request, acting);
  }
}
