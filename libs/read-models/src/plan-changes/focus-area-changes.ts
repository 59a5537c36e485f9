import { destinationOf, emptyWork, type CycleWork } from '@samverkan/cycle';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import type { PlanChange } from './plan-change.js';
import { inFocusArea, quoted, stepSv, type ChangeContext } from './change-context.js';
import { proposalChanges } from './proposal-changes.js';
import { workChanges } from './work-changes.js';

const stepChangeSv = (doc: FocusAreaBoardDoc, from: FocusAreaBoardDoc['step']): string => {
  const title = quoted(doc.title);
  const to = doc.step;
  // Which move it was, the machine's table says: the step changes themselves are not restated here.
  if (destinationOf('prioritise', from) === to) return `${title} prioriterades och gick till ${stepSv(to)}`;
  if (to === 'closed') return `${title} avslutades`;
  if (to === 'withdrawn') return `${title} återkallades${doc.withdrawalReason ? `: ${doc.withdrawalReason}` : ''}`;
  const back = destinationOf('stepBack', from, to) !== undefined;
  return `${title} gick ${back ? 'tillbaka' : 'vidare'} från ${stepSv(from)} till ${stepSv(to)}`;
};

/** A cycle's work as the document holds it: the current cycle's, or one filed under earlier cycles. */
const workOf = (doc: FocusAreaBoardDoc | undefined, cycle: number): CycleWork =>
  (doc?.cycle === cycle ? doc.work : doc?.previousCycles.find((c) => c.cycle === cycle)?.work) ?? emptyWork();

/**
 * Every cycle either moment knew, compared cycle by cycle: a new cycle files the old work away
 * rather than removing it, so it is compared with its own filed copy, not with the new empty one.
 */
const cyclesWorkChanges = (ctx: Omit<ChangeContext, 'cycle'>, was: FocusAreaBoardDoc | undefined, is: FocusAreaBoardDoc): PlanChange[] => {
  const first = Math.min(was?.cycle ?? is.cycle, is.cycle);
  const last = Math.max(was?.cycle ?? is.cycle, is.cycle);
  const changes: PlanChange[] = [];
  for (let cycle = first; cycle <= last; cycle++) changes.push(...workChanges({ ...ctx, cycle }, workOf(was, cycle), workOf(is, cycle)));
  return changes;
};

/** What changed in one focus area: its arrival, its step or cycle, its proposals and its work. */
export const focusAreaChanges = (partyName: (partyId: string) => string, was: FocusAreaBoardDoc | undefined, is: FocusAreaBoardDoc): PlanChange[] => {
  const ctx: ChangeContext = { focusAreaId: is.focusAreaId, title: is.title, cycle: is.cycle, partyName };
  const changes: PlanChange[] = [];
  if (was === undefined) {
    const where = is.step === 'proposed' ? '' : ` och står nu i ${stepSv(is.step)}`;
    changes.push(inFocusArea(ctx, 'focusAreaAdded', `Fokusområdet ${quoted(is.title)} föreslogs${where}`, { after: is.step }));
  } else if (was.cycle !== is.cycle) {
    const description = `${quoted(is.title)} startade cykel ${is.cycle} och står nu i ${stepSv(is.step)}`;
    changes.push(inFocusArea(ctx, 'cycleStarted', description, { before: String(was.cycle), after: String(is.cycle) }));
  } else if (was.step !== is.step) {
    changes.push(inFocusArea(ctx, 'stepChanged', stepChangeSv(is, was.step), { before: was.step, after: is.step }));
  }
  return [...changes, ...proposalChanges(ctx, was, is), ...cyclesWorkChanges(ctx, was, is)];
};

/** A focus area the later plan no longer has (only when comparing backwards in time). */
export const focusAreaRemoved = (partyName: (partyId: string) => string, was: FocusAreaBoardDoc): PlanChange =>
  inFocusArea(
    { focusAreaId: was.focusAreaId, title: was.title, cycle: was.cycle, partyName },
    'focusAreaRemoved',
    `Fokusområdet ${quoted(was.title)} fanns inte`,
    {
      before: was.step,
    },
  );
