import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { ChangeFocusAreaScopeCommand } from './change-focus-area-scope.command.js';

/**
 * A coordinator says again whether the focus area concerns children and young people (it decides
 * whether a child impact assessment is needed where the agreement asks for one only there).
 */
@CommandHandler(ChangeFocusAreaScopeCommand)
export class ChangeFocusAreaScopeHandler implements ICommandHandler<ChangeFocusAreaScopeCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: ChangeFocusAreaScopeCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const data = { childrenAndYoungPeople: body.childrenAndYoungPeople, reason: body.reason };
    return this.commands.decideAndAppend(loaded, { type: 'ChangeFocusAreaScope', data }, request, acting);
  }
}
