import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { AddSourceRequestDto } from './add-source.request.dto.js';
import type { AddSourceResponseDto } from './add-source.response.dto.js';

export class AddSourceCommand extends Command<AddSourceResponseDto> {
  constructor(
    readonly focusAreaId: string,
    readonly body: AddSourceRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
