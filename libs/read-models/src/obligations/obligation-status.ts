import type { Obligation, ObligationKind, Period } from '@samverkan/agreements';
import { daysBetween, type IsoDate, type MeetingBody } from '@samverkan/shared-kernel';
import type { AnnexKind } from '@samverkan/annexes';

/**
 * met: done for the period the row judges, and the next due date is not close.
 * due: the due date is near (or, for meetings, the year is running and some are still to hold).
 * overdue: the due date has passed without it being done.
 * notYetDue: nothing done yet, and the due date is still far off (or the period has not begun).
 */
export type ObligationState = 'met' | 'due' | 'overdue' | 'notYetDue';

/** How close a due date must be for a dated obligation to show as due: a quarter, one council meeting ahead. */
export const DUE_SOON_DAYS = 90;

export interface ObligationStatus {
  readonly kind: ObligationKind;
  readonly description: string;
  readonly source: string | null;
  readonly status: ObligationState;
  /** The last day to do it; null when nothing more falls due within the agreement's period. */
  readonly dueBy: IsoDate | null;
  /** The last time it was done, within what the row judges. */
  readonly lastFulfilledOn: IsoDate | null;
  /** Meetings only: how many were held in the year the row judges, and how many that year requires. */
  readonly count: number | null;
  readonly required: number | null;
  /** What the row judges, in Swedish: "2024", "2024-03-15–2025-03-15", "efter 2027-12-31". */
  readonly periodLabel: string;
}

/** What the statuses are computed from: the agreement directory document has the first three, the meetings read model the last. */
export interface ObligationSubject {
  readonly period: Period;
  readonly obligations: readonly Obligation[];
  readonly fulfilments: readonly { readonly obligationKind: ObligationKind; readonly fulfilledOn: IsoDate }[];
  /** Meetings recorded as held in the app (MeetingHeld): each counts towards its body's meetings per year on its own. */
  readonly meetingsHeld?: readonly { readonly body: MeetingBody; readonly heldOn: IsoDate }[];
  /** The annex versions that came into force (the annexes read model); they meet the annexes' obligations. */
  readonly validAnnexVersions?: readonly { readonly kind: AnnexKind; readonly validFrom: IsoDate }[];
}

/**
 * The days the obligation was done, ascending, up to today: a fulfilment dated after `today` has
 * not happened yet as of the day asked about (a question about the past, or a mistyped date).
 */
export const fulfilledDates = (subject: ObligationSubject, kind: ObligationKind, today: IsoDate): IsoDate[] =>
  subject.fulfilments
    .filter((f) => f.obligationKind === kind && f.fulfilledOn <= today)
    .map((f) => f.fulfilledOn)
    .sort();

/**
 * The rule for every dated obligation: overdue once today is past the due date; due when the due
 * date is at most DUE_SOON_DAYS away; otherwise met when done in the current window, else not yet due.
 */
export const judgeDueDate = (dueBy: IsoDate, today: IsoDate, doneInWindow: boolean): ObligationState => {
  if (today > dueBy) return 'overdue';
  if (daysBetween(today, dueBy) <= DUE_SOON_DAYS) return 'due';
  return doneInWindow ? 'met' : 'notYetDue';
};

type RowFacts = Omit<ObligationStatus, 'kind' | 'description' | 'source' | 'count' | 'required'> & Partial<Pick<ObligationStatus, 'count' | 'required'>>;

export const statusRow = (obligation: Obligation, facts: RowFacts): ObligationStatus => ({
  kind: obligation.kind,
  description: obligation.description,
  source: obligation.source ?? null,
  count: null,
  required: null,
  ...facts,
});
