import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { IdentifyCauseRequestDto } from './identify-cause.request.dto.js';
import type { IdentifyCauseResponseDto } from './identify-cause.response.dto.js';

export class IdentifyCauseCommand extends Command<IdentifyCauseResponseDto> {
  constructor(
    readonly focusAreaId: string,
    readonly body: IdentifyCauseRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
