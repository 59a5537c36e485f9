import type { IsoDate } from '@samverkan/shared-kernel';

/**
 * What an agreement obliges the parties to do, tracked later as due, met or overdue. Each kind
 * carries only the cadence it needs; every obligation says in Swedish what it is and may cite the
 * sentence of the agreement it comes from (`source`), so that an auditor can check it.
 */
interface ObligationBase {
  /** Swedish, shown to the officials, e.g. "Lägesbilden uppdateras i sin helhet minst vart annat år". */
  readonly description: string;
  /** The sentence of the agreement that sets the obligation, quoted. */
  readonly source?: string;
}

/** A body meets a number of times each calendar year (the council, the operative group). */
export interface MeetingsObligation extends ObligationBase {
  readonly kind: 'councilMeetings' | 'operativeGroupMeetings';
  readonly perYear: number;
  /** "… och därutöver vid behov": the body also meets when something arises; the count is still `perYear`. */
  readonly alsoAsNeeded?: boolean;
}

/** Something is done at least once every `everyYears` years. */
export interface RecurringObligation extends ObligationBase {
  readonly kind: 'agreementFollowUp' | 'situationPictureUpdate' | 'actionPlanFollowUp';
  readonly everyYears: number;
  /** When the agreement says when the first one is due (Kävlinge: "med start senare delen av år 2024"). */
  readonly firstDueBy?: IsoDate;
}

export interface CitizenPromiseRenewalObligation extends ObligationBase {
  readonly kind: 'citizenPromiseRenewal';
  readonly everyYears: number;
  /** `MM-DD`: the promise must be ready by this day of the year it is renewed (e.g. `12-31`). */
  readonly readyBy: string;
}

/** A report on what the agreement achieved, once its period has ended. */
export interface OutcomeReportObligation extends ObligationBase {
  readonly kind: 'outcomeReport';
  readonly after: 'period';
}

export type ReportRecipient = 'kommunstyrelsen' | 'lokalpolisområdeschef' | 'lokalt BRÅ';
export const REPORT_RECIPIENTS: readonly ReportRecipient[] = ['kommunstyrelsen', 'lokalpolisområdeschef', 'lokalt BRÅ'];

/** Results (situation picture, action plan) reported every year to the bodies named. */
export interface AnnualReportObligation extends ObligationBase {
  readonly kind: 'annualReport';
  readonly to: readonly ReportRecipient[];
}

/** A new agreement must be drawn up by a date (Lomma: "En ny samverkansöverenskommelse ska tas fram under 2027"). */
export interface AgreementRenewalObligation extends ObligationBase {
  readonly kind: 'agreementRenewal';
  readonly dueBy: IsoDate;
}

export type Obligation =
  | MeetingsObligation
  | RecurringObligation
  | CitizenPromiseRenewalObligation
  | OutcomeReportObligation
  | AnnualReportObligation
  | AgreementRenewalObligation;

export type ObligationKind = Obligation['kind'];

export const OBLIGATION_KINDS: readonly ObligationKind[] = [
  'councilMeetings',
  'operativeGroupMeetings',
  'agreementFollowUp',
  'situationPictureUpdate',
  'actionPlanFollowUp',
  'citizenPromiseRenewal',
  'outcomeReport',
  'annualReport',
  'agreementRenewal',
];
