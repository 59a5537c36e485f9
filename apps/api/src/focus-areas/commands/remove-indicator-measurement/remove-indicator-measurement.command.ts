import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';

export class RemoveIndicatorMeasurementCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly goalId: string,
    readonly measurementId: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}
