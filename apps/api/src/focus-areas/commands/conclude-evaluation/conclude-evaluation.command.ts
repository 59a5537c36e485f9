import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { ConcludeEvaluationRequestDto } from './conclude-evaluation.request.dto.js';

export class ConcludeEvaluationCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: ConcludeEvaluationRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
