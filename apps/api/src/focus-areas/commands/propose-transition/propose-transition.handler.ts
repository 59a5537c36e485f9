import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { compact } from '../../compact.js';
import { FocusAreaCommands } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { ProposeTransitionCommand } from './propose-transition.command.js';
import type { ProposeTransitionResponseDto } from './propose-transition.response.dto.js';

/**
 * A coordinator proposes a step change to the council. When the agreement's policy asks no decision
 * for this kind of transition, the domain makes the move at once and no proposal is left pending.
 */
@CommandHandler(ProposeTransitionCommand)
export class ProposeTransitionHandler implements ICommandHandler<ProposeTransitionCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ focusAreaId, body, request }: ProposeTransitionCommand): Promise<ProposeTransitionResponseDto> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const proposalId = this.ids.newId();
    const { transition, to, grounds, meeting } = body;
    const data = compact({ proposalId, transition, to, grounds, meeting: meeting && { name: meeting.name, date: meeting.date } });
    const outcome = await this.commands.decideAndAppend(loaded, { type: 'ProposeTransition', data }, request, acting);
    const awaitingDecision = loaded.facts.policy.decisionRequired[transition];
    return awaitingDecision ? { ...outcome, awaitingDecision, proposalId } : { ...outcome, awaitingDecision };
  }
}
