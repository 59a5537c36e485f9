import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { RecordProblemStatementRequestDto } from './record-problem-statement.request.dto.js';

export class RecordProblemStatementCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: RecordProblemStatementRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
