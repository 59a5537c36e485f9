import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { SetOverallGoalResponseDto } from './set-overall-goal.response.dto.js';

/** States an overall goal (`overallGoalId` undefined: the handler makes its id) or revises one. */
export class SetOverallGoalCommand extends Command<SetOverallGoalResponseDto> {
  constructor(
    readonly agreementId: string,
    readonly overallGoalId: string | undefined,
    readonly description: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}
