import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { compact } from '../../compact.js';
import { FocusAreaCommands } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { AddSourceCommand } from './add-source.command.js';
import type { AddSourceResponseDto } from './add-source.response.dto.js';

/** Mapping: a coordinator names a source the problem statement rests on (crime statistics, a survey …). */
@CommandHandler(AddSourceCommand)
export class AddSourceHandler implements ICommandHandler<AddSourceCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ focusAreaId, body, request }: AddSourceCommand): Promise<AddSourceResponseDto> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const sourceId = this.ids.newId();
    const data = compact({ sourceId, kind: body.kind, title: body.title, description: body.description });
    const outcome = await this.commands.decideAndAppend(loaded, { type: 'AddSource', data }, request, acting);
    return { ...outcome, sourceId };
  }
}
