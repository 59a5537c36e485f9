import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { CommandOutcome } from '../../focus-area-commands.service.js';
import type { ChangeFocusAreaScopeRequestDto } from './change-focus-area-scope.request.dto.js';

export class ChangeFocusAreaScopeCommand extends Command<CommandOutcome> {
  constructor(
    readonly focusAreaId: string,
    readonly body: ChangeFocusAreaScopeRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
