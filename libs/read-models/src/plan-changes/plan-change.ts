import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';

/** A plan as the plan history answers it: the agreement (null before it was registered) and its focus areas. */
export interface PlanAsOfLike {
  readonly agreement: AgreementDirectoryDoc | null | undefined;
  readonly focusAreas: readonly FocusAreaBoardDoc[];
}

export type PlanChangeKind =
  | 'agreementRegistered'
  | 'roleAssigned'
  | 'roleRevoked'
  | 'obligationFulfilled'
  | 'focusAreaAdded'
  | 'focusAreaRemoved'
  | 'stepChanged'
  | 'cycleStarted'
  | 'proposalPending'
  | 'proposalPartyApproved'
  | 'proposalApproved'
  | 'proposalRejected'
  | 'proposalNoLongerPending'
  | 'problemStatementChanged'
  | 'sourceAdded'
  | 'sourceRemoved'
  | 'causeAdded'
  | 'causeRemoved'
  | 'goalAdded'
  | 'goalChanged'
  | 'goalRemoved'
  | 'goalOutcomeRecorded'
  | 'measureAdded'
  | 'measureRemoved'
  | 'measureStatusChanged'
  | 'measureDueDateChanged'
  | 'measureChanged'
  | 'childImpactAssessmentRecorded'
  | 'conclusionRecorded';

/**
 * One difference between the plan at two moments, as an auditor reads it. A difference of two
 * states, not a list of events: what happened and was undone in between does not show (the audit
 * history has every event).
 */
export interface PlanChange {
  readonly kind: PlanChangeKind;
  /** Null for changes of the agreement itself (roles, obligations). */
  readonly focusAreaId: string | null;
  readonly focusAreaTitle: string | null;
  /** The cycle of the focus area the change belongs to. */
  readonly cycle: number | null;
  /** What changed inside: a measure, goal, source, cause, proposal, user or obligation kind. */
  readonly subjectId: string | null;
  /** The value before and after, as a code or date, where one value changed (a step, a status, a due date). */
  readonly before: string | null;
  readonly after: string | null;
  /** One Swedish sentence. */
  readonly description: string;
}

/** A change with the fields it does not use left null. */
export const change = (kind: PlanChangeKind, description: string, fields: Partial<Omit<PlanChange, 'kind' | 'description'>> = {}): PlanChange => ({
  kind,
  focusAreaId: null,
  focusAreaTitle: null,
  cycle: null,
  subjectId: null,
  before: null,
  after: null,
  ...fields,
  description,
});
