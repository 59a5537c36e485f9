import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { RecordGoalOutcomeRequestDto } from './record-goal-outcome.request.dto.js';

export class RecordGoalOutcomeCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly goalId: string,
    readonly body: RecordGoalOutcomeRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
