import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { ProposeTransitionRequestDto } from './propose-transition.request.dto.js';
import type { ProposeTransitionResponseDto } from './propose-transition.response.dto.js';

export class ProposeTransitionCommand extends Command<ProposeTransitionResponseDto> {
  constructor(
    readonly focusAreaId: string,
    readonly body: ProposeTransitionRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
