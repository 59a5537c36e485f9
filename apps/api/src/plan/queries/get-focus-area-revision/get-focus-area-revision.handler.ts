import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PLAN_HISTORY, type FocusAreaBoardDoc, type PlanHistory } from '@samverkan/read-models';
import { notFound } from '../../../common/problem.js';
import { FocusAreaRepository } from '../../../focus-areas/focus-area.repository.js';
import { GetFocusAreaRevisionQuery } from './get-focus-area-revision.query.js';

/** One focus area exactly as it stood after a given revision of its stream. */
@QueryHandler(GetFocusAreaRevisionQuery)
export class GetFocusAreaRevisionHandler implements IQueryHandler<GetFocusAreaRevisionQuery> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
  ) {}

  async execute({ focusAreaId, revision, actor }: GetFocusAreaRevisionQuery): Promise<FocusAreaBoardDoc> {
    const current = await this.focusAreas.loadVisible(focusAreaId, actor);
    if (current.revision === null || revision > current.revision) throw notFound(`Revision ${revision} of focus area ${focusAreaId}`);
    const doc = await this.history.focusAreaAsOfRevision<FocusAreaBoardDoc>(focusAreaId, revision);
    if (!doc) throw notFound(`Revision ${revision} of focus area ${focusAreaId}`);
    return doc;
  }
}
