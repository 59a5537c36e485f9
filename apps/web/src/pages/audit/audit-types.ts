import type { CycleWork, Meeting, PlanBoardRow, Step, TransitionKind } from '../../api/types';

/**
 * The answers of the audit routes (README: /audit, /plan, /changes), as this page reads them. Kept
 * by hand beside the page: the web app is a client of the HTTP contract, not of the server's code.
 */
export type ActorRole = 'administrator' | 'coordinator' | 'councilRepresentative' | 'councilSubstitute' | 'auditor';

/**
 * GET /agreements/{id}/audit: one readable row per event. The API names what the event names by
 * id (parties, measures, goals, proposals …) as it was then; the ids stay beside the names.
 */
export interface AuditRow {
  readonly position: string;
  readonly occurredAt: string;
  readonly eventType: string;
  readonly focusAreaId: string | null;
  readonly focusAreaTitle: string | null;
  readonly actorId: string;
  readonly actorRole: ActorRole;
  readonly onBehalfOfPartyId: string | null;
  readonly onBehalfOfPartyName: string | null;
  readonly partyId: string | null;
  readonly partyName: string | null;
  readonly meeting: Meeting | null;
  readonly grounds: string | null;
  readonly proposalId: string | null;
  /** One Swedish sentence, with names. */
  readonly summary: string;
}

export interface AuditPage {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: readonly AuditRow[];
}

/** One focus area as it stood (the board document the plan history folds). */
export interface FocusAreaAsOf {
  readonly focusAreaId: string;
  readonly title: string;
  readonly description: string;
  readonly status: Step;
  readonly cycle: number;
  readonly stepEnteredAt: string;
  readonly pendingProposal: { readonly proposalId: string; readonly transition: TransitionKind; readonly from: Step; readonly to: Step; readonly grounds: string; readonly approvedBy: readonly string[] } | null;
  readonly work: CycleWork;
  readonly previousCycles: readonly { readonly cycle: number }[];
}

/** GET /agreements/{id}/plan?asOf= */
export interface PlanAsOf {
  readonly at: string;
  readonly agreement: { readonly name: string; readonly parties: readonly { partyId: string; name: string }[] };
  readonly focusAreas: readonly FocusAreaAsOf[];
  readonly board: readonly PlanBoardRow[];
}

export interface PlanChange {
  readonly kind: string;
  readonly focusAreaId: string | null;
  readonly focusAreaTitle: string | null;
  readonly cycle: number | null;
  readonly subjectId: string | null;
  readonly before: string | null;
  readonly after: string | null;
  readonly description: string;
}

/** GET /agreements/{id}/changes?from=&to= */
export interface PlanChanges {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly PlanChange[];
}

/** The filters of the audit history, as the API names them. */
export interface AuditFilter {
  readonly focusAreaId?: string;
  readonly partyId?: string;
  readonly kinds: readonly string[];
  readonly from?: string;
  readonly to?: string;
}
