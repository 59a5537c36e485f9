import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { StepBackRequestDto } from './step-back.request.dto.js';

export class StepBackCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: StepBackRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
