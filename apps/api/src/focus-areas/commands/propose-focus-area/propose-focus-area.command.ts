import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { ProposeFocusAreaRequestDto } from './propose-focus-area.request.dto.js';

export class ProposeFocusAreaCommand extends Command<CommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly body: ProposeFocusAreaRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
