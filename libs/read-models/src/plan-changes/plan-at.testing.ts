import { agreementDirectoryProjection } from '../agreement-directory/agreement-directory.projection.js';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import { focusAreaBoardProjection } from '../focus-area-board/focus-area-board.projection.js';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { replayProjection } from '../shared/replay.js';
import type { EventLog } from '../testing/event-log.js';
import { AGREEMENT_ID } from '../testing/lomma.js';

export interface TestPlan {
  readonly agreement: AgreementDirectoryDoc | null;
  readonly focusAreas: FocusAreaBoardDoc[];
}

/** 'YYYY-MM-DD' means the end of that day (UTC); a full instant is taken as it is. */
const instant = (when: string): string => (when.length === 10 ? `${when}T23:59:59.999Z` : new Date(when).toISOString());

/**
 * The plan as it stood at `at`, for specs: the log's events up to that moment folded through the
 * same projections the plan history replays (what `PlanHistory.planAsOf` answers, without a store).
 */
export const planAt = (log: EventLog, at: string): TestPlan => {
  const events = log.events().filter((e) => e.metadata.occurredAt <= instant(at));
  return {
    agreement: replayProjection(agreementDirectoryProjection, events).get(AGREEMENT_ID) ?? null,
    focusAreas: [...replayProjection(focusAreaBoardProjection, events).values()],
  };
};
