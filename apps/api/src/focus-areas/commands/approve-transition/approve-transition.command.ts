import { Command } from '@nestjs/cqrs';
import type { ProtocolReference } from '@samverkan/shared-kernel';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';

export class ApproveTransitionCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly proposalId: string,
    readonly partyId: string | undefined,
    readonly request: RequestContext,
    readonly protocol?: ProtocolReference,
  ) {
    super();
  }
}
