import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toAgreementFacts } from '@samverkan/agreements';
import { initialFocusAreaState } from '@samverkan/cycle';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { ProposeFocusAreaCommand } from './propose-focus-area.command.js';

/**
 * A coordinator proposes a focus area from the situation picture; it enters the cycle only when the
 * council prioritises it. Its stream does not exist yet, so the decision is made on the empty state.
 */
@CommandHandler(ProposeFocusAreaCommand)
export class ProposeFocusAreaHandler implements ICommandHandler<ProposeFocusAreaCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ agreementId, body, request }: ProposeFocusAreaCommand): Promise<CommandOutcome> {
    const agreement = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(agreement, request.actor, 'coordinator');
    const focusAreaId = this.ids.newId();
    const empty = { focusAreaId, state: initialFocusAreaState(toAgreementFacts(agreement.state)), revision: null };
    const { title, description, childrenAndYoungPeople } = body;
    return this.commands.decideAndAppend(
      empty,
      { type: 'ProposeFocusArea', data: { focusAreaId, agreementId, title, description, childrenAndYoungPeople } },
      request,
      acting,
    );
  }
}
