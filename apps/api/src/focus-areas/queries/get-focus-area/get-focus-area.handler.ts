import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { possibleCommands, toFocusAreaView } from '@samverkan/cycle';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { agreementFactsOf, focusAreaStateOf } from '@samverkan/read-models';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { notFound } from '../../../common/problem.js';
import { Clock } from '../../../infrastructure/clock.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { GetFocusAreaQuery } from './get-focus-area.query.js';
import type { FocusAreaResponse } from './get-focus-area.response.js';

/**
 * A focus area from its board document, the read model, with who may see it and its agreement's
 * facts in force today from the agreement directory: no stream is folded. Only the stream's last event is read,
 * to wait until the read models hold it, so the answer (and its ETag, the document's revision)
 * includes every write acknowledged before the request.
 */
@QueryHandler(GetFocusAreaQuery)
export class GetFocusAreaHandler implements IQueryHandler<GetFocusAreaQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly consistency: ReadModelConsistency,
    private readonly access: ReadAccess,
    private readonly clock: Clock,
  ) {}

  async execute({ focusAreaId, actor }: GetFocusAreaQuery): Promise<FocusAreaResponse> {
    const [last] = await this.store.readStream(focusAreaStreamId(focusAreaId), { direction: 'backwards', maxCount: 1 });
    if (!last) throw notFound(`Focus area ${focusAreaId}`);
    await this.consistency.atLeast(last.position);
    const { focusArea, agreement } = await this.access.focusArea(focusAreaId, actor);
    const state = focusAreaStateOf(focusArea, agreementFactsOf(agreement, this.clock.todayInSweden()));
    return {
      revision: focusArea.revision,
      agreementId: agreement.agreementId,
      focusArea: toFocusAreaView(state),
      possibleCommands: possibleCommands(state),
    };
  }
}
