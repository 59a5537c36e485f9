import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { RejectTransitionRequestDto } from './reject-transition.request.dto.js';

export class RejectTransitionCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly proposalId: string,
    readonly body: RejectTransitionRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
