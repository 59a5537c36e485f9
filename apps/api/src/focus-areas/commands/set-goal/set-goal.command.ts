import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { SetGoalRequestDto } from './set-goal.request.dto.js';
import type { SetGoalResponseDto } from './set-goal.response.dto.js';

/** Sets a new goal (`goalId` undefined: the handler makes its id) or revises an existing one. */
export class SetGoalCommand extends Command<SetGoalResponseDto> {
  constructor(
    readonly focusAreaId: string,
    readonly goalId: string | undefined,
    readonly body: SetGoalRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
