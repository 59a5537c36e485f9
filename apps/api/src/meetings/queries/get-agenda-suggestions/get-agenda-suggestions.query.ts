import { Query } from '@nestjs/cqrs';
import type { AgendaSuggestions } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export class GetAgendaSuggestionsQuery extends Query<AgendaSuggestions> {
  constructor(
    readonly meetingId: string,
    readonly today: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
