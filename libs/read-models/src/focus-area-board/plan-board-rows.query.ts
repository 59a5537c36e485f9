import { STEP_LABEL_SV, type Meeting, type Rejection, type Step, type TransitionKind } from '@samverkan/cycle';
import { daysBetween, dateOfInstant, type IsoDate } from '@samverkan/shared-kernel';
import { inBoardOrder, type FocusAreaBoardDoc } from './focus-area-board.doc.js';
import { lateMeasures } from './late-measures.query.js';
import { boardStatusOf, daysOverdue, isLate, type MeasureBoardStatus } from './measure-follow-up.js';

export interface BoardProposalRow {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  readonly proposedAt: string;
  /** Parties that have approved, in the order they did. */
  readonly approvedBy: readonly string[];
  /** Parties of the agreement whose approval is still missing, in the agreement's order. */
  readonly awaiting: readonly string[];
}

export interface BoardMeasureRow {
  readonly measureId: string;
  readonly activity: string;
  readonly responsiblePartyId: string;
  readonly responsibleFunction: string;
  readonly dueDate: IsoDate;
  /** 'notFollowedUp' until a coordinator sets green, yellow, red or done. */
  readonly status: MeasureBoardStatus;
  readonly late: boolean;
  readonly daysOverdue: number;
}

export interface PlanBoardRow {
  readonly focusAreaId: string;
  /** The focus area stream's revision, its ETag: a command from this row sends it as `If-Match`. */
  readonly revision: number;
  readonly title: string;
  readonly childrenAndYoungPeople: boolean;
  readonly step: Step;
  readonly stepLabel: string;
  readonly cycle: number;
  readonly stepEnteredAt: string;
  /** Whole calendar days from the day the step was entered to today (0 on that day). */
  readonly daysInStep: number;
  readonly pendingProposal: BoardProposalRow | null;
  readonly lastRejection: Rejection | null;
  /** The current cycle's measures, in the order they were planned. */
  readonly measures: readonly BoardMeasureRow[];
  /**
   * The focus area's late measures of every cycle, as Försenat and the reminders count them: the
   * current cycle's, and those an earlier cycle left unfinished and the new cycle did not carry
   * forward (still owed). So it can exceed the late ones among `measures`.
   */
  readonly lateMeasures: number;
  /** How many of `lateMeasures` were left in an earlier cycle (and so are not among `measures`). */
  readonly lateFromEarlierCycles: number;
}

const measureRows = (doc: FocusAreaBoardDoc, today: IsoDate): BoardMeasureRow[] =>
  doc.work.measures.map((m) => ({
    measureId: m.measureId,
    activity: m.activity,
    responsiblePartyId: m.responsiblePartyId,
    responsibleFunction: m.responsibleFunction,
    dueDate: m.dueDate,
    status: boardStatusOf(m),
    late: isLate(m, doc.step, today),
    daysOverdue: daysOverdue(m, doc.step, today),
  }));

const proposalRow = (doc: FocusAreaBoardDoc, partyIds: readonly string[]): BoardProposalRow | null => {
  const p = doc.pendingProposal;
  if (!p) return null;
  const { proposalId, transition, from, to, grounds, meeting, proposedAt, approvedBy } = p;
  const awaiting = partyIds.filter((party) => !approvedBy.includes(party));
  return { proposalId, transition, from, to, grounds, meeting, proposedAt, approvedBy: [...approvedBy], awaiting };
};

/**
 * The coordinator's overview of one agreement: every focus area's step, how long it has stood
 * there, what waits for the council and which measures are late. `partyIds` are the agreement's
 * parties (from the agreement directory); `today` is the caller's date, never a clock read here.
 * Rows are in the order the focus areas were proposed.
 */
export const planBoardRows = (docs: readonly FocusAreaBoardDoc[], partyIds: readonly string[], today: IsoDate): PlanBoardRow[] =>
  inBoardOrder(docs).map((doc) => {
    // One judgement of what is late, the late-measures query's, so Översikt and Försenat agree.
    const late = lateMeasures([doc], today);
    return {
      focusAreaId: doc.focusAreaId,
      revision: doc.revision,
      title: doc.title,
      childrenAndYoungPeople: doc.childrenAndYoungPeople,
      step: doc.step,
      stepLabel: STEP_LABEL_SV[doc.step],
      cycle: doc.cycle,
      stepEnteredAt: doc.stepEnteredAt,
      // A "today" before the step began (a question about the past) counts as its first day.
      daysInStep: Math.max(0, daysBetween(dateOfInstant(doc.stepEnteredAt), today)),
      pendingProposal: proposalRow(doc, partyIds),
      lastRejection: doc.lastRejection,
      measures: measureRows(doc, today),
      lateMeasures: late.length,
      lateFromEarlierCycles: late.filter((m) => m.earlierCycle).length,
    };
  });
