import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { VoidProposalRequestDto } from './void-proposal.request.dto.js';

export class VoidProposalCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly proposalId: string,
    readonly body: VoidProposalRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
