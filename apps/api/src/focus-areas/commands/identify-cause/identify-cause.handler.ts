import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { FocusAreaCommands } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { IdentifyCauseCommand } from './identify-cause.command.js';
import type { IdentifyCauseResponseDto } from './identify-cause.response.dto.js';

/** Analysis: a coordinator records a contributing cause (a risk or protective factor, a place, a time …). */
@CommandHandler(IdentifyCauseCommand)
export class IdentifyCauseHandler implements ICommandHandler<IdentifyCauseCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ focusAreaId, body, request }: IdentifyCauseCommand): Promise<IdentifyCauseResponseDto> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const causeId = this.ids.newId();
    const data = { causeId, description: body.description, factor: body.factor };
    const outcome = await this.commands.decideAndAppend(loaded, { type: 'IdentifyCause', data }, request, acting);
    return { ...outcome, causeId };
  }
}
