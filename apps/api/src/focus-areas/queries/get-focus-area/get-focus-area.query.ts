import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../identity/actor.js';
import type { FocusAreaResponse } from './get-focus-area.response.js';

export class GetFocusAreaQuery extends Query<FocusAreaResponse> {
  constructor(
    readonly focusAreaId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
