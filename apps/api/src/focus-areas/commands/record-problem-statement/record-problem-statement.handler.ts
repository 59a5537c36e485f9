import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RecordProblemStatementCommand } from './record-problem-statement.command.js';

/** Mapping: a coordinator states the one specific, recurring problem; recording again revises it. */
@CommandHandler(RecordProblemStatementCommand)
export class RecordProblemStatementHandler implements ICommandHandler<RecordProblemStatementCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: RecordProblemStatementCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const { what, where, when, howOften } = body;
    return this.commands.decideAndAppend(loaded, { type: 'RecordProblemStatement', data: { what, where, when, howOften } }, request, acting);
  }
}
