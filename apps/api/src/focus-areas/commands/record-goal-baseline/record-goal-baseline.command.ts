import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { RecordGoalBaselineRequestDto } from './record-goal-baseline.request.dto.js';

export class RecordGoalBaselineCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly goalId: string,
    readonly body: RecordGoalBaselineRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
