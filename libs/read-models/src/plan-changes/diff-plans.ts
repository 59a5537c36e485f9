import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { agreementChanges } from './agreement-changes.js';
import { focusAreaChanges, focusAreaRemoved } from './focus-area-changes.js';
import type { PlanAsOfLike, PlanChange } from './plan-change.js';

const byProposal = (a: FocusAreaBoardDoc, b: FocusAreaBoardDoc): number =>
  a.proposedAt.localeCompare(b.proposedAt) || a.focusAreaId.localeCompare(b.focusAreaId);

/**
 * What changed in the plan between two moments, each change as one Swedish sentence: first the
 * agreement's own (registration, roles, obligations carried out), then each focus area in the
 * order it was proposed (its arrival, step or cycle, proposals, then its work in step order).
 * Pure: the two plans are given (the plan history answers them), so the same two plans always
 * give the same list. `before` should be the earlier plan; the other way round reads as removals.
 */
export const diffPlans = (before: PlanAsOfLike, after: PlanAsOfLike): PlanChange[] => {
  const parties = new Map([...(before.agreement?.parties ?? []), ...(after.agreement?.parties ?? [])].map((p) => [p.partyId, p.name]));
  const partyName = (partyId: string): string => parties.get(partyId) ?? partyId;
  const earlier = new Map(before.focusAreas.map((doc) => [doc.focusAreaId, doc]));
  const later = new Set(after.focusAreas.map((doc) => doc.focusAreaId));
  return [
    ...agreementChanges(before.agreement, after.agreement, partyName),
    ...[...after.focusAreas].sort(byProposal).flatMap((doc) => focusAreaChanges(partyName, earlier.get(doc.focusAreaId), doc)),
    ...[...before.focusAreas]
      .sort(byProposal)
      .filter((doc) => !later.has(doc.focusAreaId))
      .map((doc) => focusAreaRemoved(partyName, doc)),
  ];
};
