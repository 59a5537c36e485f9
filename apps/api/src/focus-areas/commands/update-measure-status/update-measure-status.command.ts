import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { UpdateMeasureStatusRequestDto } from './update-measure-status.request.dto.js';

export class UpdateMeasureStatusCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly measureId: string,
    readonly body: UpdateMeasureStatusRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
