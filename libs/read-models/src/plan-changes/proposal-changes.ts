import type { PendingProposal } from '@samverkan/cycle';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { listSv } from '../audit-history/labels.js';
import type { PlanChange } from './plan-change.js';
import { inFocusArea, quoted, stepSv, type ChangeContext } from './change-context.js';

/** What the proposal asks, as the officials would say it: "att gå vidare från analys till åtgärder". */
export const proposalSv = (p: Pick<PendingProposal, 'transition' | 'from' | 'to'>): string => {
  switch (p.transition) {
    case 'prioritise':
      return 'att prioritera fokusområdet';
    case 'advance':
      return `att gå vidare från ${stepSv(p.from)} till ${stepSv(p.to)}`;
    case 'stepBack':
      return `att gå tillbaka från ${stepSv(p.from)} till ${stepSv(p.to)}`;
    case 'close':
      return 'att avsluta fokusområdet';
    case 'newCycle':
      return 'att starta en ny cykel';
  }
};

/** The move the proposal asked for is where the focus area now stands (the approval carried it out). */
const carriedOut = (p: PendingProposal, was: FocusAreaBoardDoc | undefined, is: FocusAreaBoardDoc): boolean =>
  p.transition === 'newCycle' ? is.cycle > (was?.cycle ?? 1) : is.step === p.to && is.cycle === (was?.cycle ?? 1);

/**
 * Proposals put, approved by a party, decided or no longer pending between the two moments. Two
 * states cannot always tell how a proposal ended (a later move may hide it); then the change says
 * only that it no longer waits, and the audit history has the decision.
 */
export const proposalChanges = (ctx: ChangeContext, was: FocusAreaBoardDoc | undefined, is: FocusAreaBoardDoc): PlanChange[] => {
  const changes: PlanChange[] = [];
  const before = was?.pendingProposal ?? null;
  const after = is.pendingProposal;
  const rejection = is.lastRejection;
  const title = quoted(ctx.title);
  if (before && after?.proposalId !== before.proposalId && rejection?.proposalId !== before.proposalId) {
    const approved = carriedOut(before, was, is);
    const description = approved
      ? `Rådet godkände förslaget ${proposalSv(before)} för ${title}`
      : `Förslaget ${proposalSv(before)} för ${title} väntar inte längre på rådet`;
    changes.push(
      inFocusArea(ctx, approved ? 'proposalApproved' : 'proposalNoLongerPending', description, { subjectId: before.proposalId, before: 'pending' }),
    );
  }
  if (rejection && rejection.proposalId !== was?.lastRejection?.proposalId) {
    const description = `${ctx.partyName(rejection.partyId)} avslog förslaget om ${title}: ${rejection.reason}`;
    changes.push(inFocusArea(ctx, 'proposalRejected', description, { subjectId: rejection.proposalId, after: 'rejected' }));
  }
  if (after && after.proposalId !== before?.proposalId) {
    const approvedBy = after.approvedBy.length ? ` (godkänt av ${listSv(after.approvedBy.map(ctx.partyName))})` : '';
    const description = `Förslaget ${proposalSv(after)} för ${title} väntar på rådets beslut${approvedBy}`;
    changes.push(inFocusArea(ctx, 'proposalPending', description, { subjectId: after.proposalId, after: 'pending' }));
  }
  if (after && before && after.proposalId === before.proposalId) {
    for (const partyId of after.approvedBy.filter((p) => !before.approvedBy.includes(p))) {
      const description = `${ctx.partyName(partyId)} godkände förslaget ${proposalSv(after)} för ${title}`;
      changes.push(inFocusArea(ctx, 'proposalPartyApproved', description, { subjectId: after.proposalId, after: partyId }));
    }
  }
  return changes;
};
