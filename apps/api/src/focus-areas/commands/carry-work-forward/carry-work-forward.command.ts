import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { CarryWorkForwardRequestDto } from './carry-work-forward.request.dto.js';

export class CarryWorkForwardCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: CarryWorkForwardRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
