import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PLAN_HISTORY, type FocusAreaBoardDoc, type PlanHistory } from '@samverkan/read-models';
import { notFound } from '../../../common/problem.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { GetFocusAreaRevisionQuery } from './get-focus-area-revision.query.js';

/**
 * One focus area exactly as it stood after a given revision of its stream. Who may see it and how
 * far its stream goes come from the read models (its board document), never from folding the stream.
 */
@QueryHandler(GetFocusAreaRevisionQuery)
export class GetFocusAreaRevisionHandler implements IQueryHandler<GetFocusAreaRevisionQuery> {
  constructor(
    private readonly access: ReadAccess,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
  ) {}

  async execute({ focusAreaId, revision, actor }: GetFocusAreaRevisionQuery): Promise<FocusAreaBoardDoc> {
    const { focusArea } = await this.access.focusArea(focusAreaId, actor);
    if (revision > focusArea.revision) throw notFound(`Revision ${revision} of focus area ${focusAreaId}`);
    const doc = await this.history.focusAreaAsOfRevision<FocusAreaBoardDoc>(focusAreaId, revision);
    if (!doc) throw notFound(`Revision ${revision} of focus area ${focusAreaId}`);
    return doc;
  }
}
