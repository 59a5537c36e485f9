import { Injectable } from '@nestjs/common';
import type { AgreementCommand } from '@samverkan/agreements';
import { type ProtocolReference } from '@samverkan/shared-kernel';
import type { RequestContext } from '../../../common/request-context.js';
import { Clock } from '../../../infrastructure/clock.js';
import { MeetingCitations } from '../../../meetings/meeting-citations.js';
import { AgreementAccess } from '../../agreement-access.js';
import { AgreementCommands } from '../../agreement-commands.service.js';
import type { AmendmentCommandOutcome } from '../propose-amendment/amendment-command-outcome.dto.js';
import type { AmendmentDecisionInput } from './amendment-decision.command.js';

type Decision = (facts: { partyId: string; protocol?: ProtocolReference }) => AgreementCommand;

/**
 * A party's answer to an amendment, shared by approval and rejection: the same right as deciding
 * a transition (the party's council representative or substitute), and the cited meeting § checked
 * against the meeting's agenda before the pure decision sees it.
 */
@Injectable()
export class AmendmentDecider {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
    private readonly citations: MeetingCitations,
    private readonly clock: Clock,
  ) {}

  async decide(input: AmendmentDecisionInput, request: RequestContext, decision: Decision): Promise<AmendmentCommandOutcome> {
    const { agreementId, amendmentId } = input;
    const loaded = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireDecider(loaded, request.actor, input.partyId);
    const protocol = input.protocol
      ? await this.citations.check({
          agreementId,
          protocol: input.protocol,
          subject: { kind: 'amendment', amendmentId },
          on: this.clock.todayInSweden(),
        })
      : undefined;
    const command = decision({ partyId: acting.partyId, ...(protocol ? { protocol } : {}) });
    const outcome = await this.agreements.execute(agreementId, command, request, acting);
    return { ...outcome, amendmentId };
  }
}
