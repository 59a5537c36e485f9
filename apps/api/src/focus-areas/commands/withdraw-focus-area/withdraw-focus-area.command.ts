import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { WithdrawFocusAreaRequestDto } from './withdraw-focus-area.request.dto.js';

export class WithdrawFocusAreaCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: WithdrawFocusAreaRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
