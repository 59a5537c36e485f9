import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { RecordChildImpactAssessmentRequestDto } from './record-child-impact-assessment.request.dto.js';

export class RecordChildImpactAssessmentCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: RecordChildImpactAssessmentRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
