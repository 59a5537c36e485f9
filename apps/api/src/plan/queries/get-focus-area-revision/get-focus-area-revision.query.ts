import { Query } from '@nestjs/cqrs';
import type { FocusAreaBoardDoc } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export class GetFocusAreaRevisionQuery extends Query<FocusAreaBoardDoc> {
  constructor(
    readonly focusAreaId: string,
    readonly revision: number,
    readonly actor: Actor,
  ) {
    super();
  }
}
