import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { possibleCommands, toFocusAreaView } from '@samverkan/cycle';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { GetFocusAreaQuery } from './get-focus-area.query.js';
import type { FocusAreaResponse } from './get-focus-area.response.js';

@QueryHandler(GetFocusAreaQuery)
export class GetFocusAreaHandler implements IQueryHandler<GetFocusAreaQuery> {
  constructor(private readonly focusAreas: FocusAreaRepository) {}

  async execute({ focusAreaId, actor }: GetFocusAreaQuery): Promise<FocusAreaResponse> {
    const loaded = await this.focusAreas.loadForReading(focusAreaId, actor);
    return {
      revision: loaded.revision,
      agreementId: loaded.agreementId,
      focusArea: toFocusAreaView(loaded.state),
      possibleCommands: possibleCommands(loaded.state),
    };
  }
}
