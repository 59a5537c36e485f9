import type { Obligation } from '@samverkan/agreements';
import type { IsoDate } from '@samverkan/shared-kernel';
import { meetingsStatus } from './meetings-status.js';
import type { ObligationStatus, ObligationSubject } from './obligation-status.js';
import { agreementRenewalStatus, outcomeReportStatus } from './period-end-status.js';
import { annualReportStatus, citizenPromiseStatus, recurringStatus } from './recurring-status.js';

const rowsOf = (obligation: Obligation, subject: ObligationSubject, today: IsoDate): ObligationStatus[] => {
  switch (obligation.kind) {
    case 'councilMeetings':
    case 'operativeGroupMeetings':
      return meetingsStatus(obligation, subject, today);
    case 'agreementFollowUp':
    case 'situationPictureUpdate':
    case 'actionPlanFollowUp':
      return [recurringStatus(obligation, subject, today)];
    case 'citizenPromiseRenewal':
      return [citizenPromiseStatus(obligation, subject, today)];
    case 'annualReport':
      return [annualReportStatus(obligation, subject, today)];
    case 'outcomeReport':
      return [outcomeReportStatus(obligation, subject, today)];
    case 'agreementRenewal':
      return [agreementRenewalStatus(obligation, subject, today)];
  }
};

/**
 * What the agreement obliges, each as met, due, overdue or not yet due on `today` (the caller's
 * date: a read model reads no clock). One row per obligation, in the agreement's order, except
 * meetings, which add a row for every earlier year that ended short. The semantics of each kind
 * are with its function: meetingsStatus, recurringStatus, annualReportStatus,
 * citizenPromiseStatus, outcomeReportStatus, agreementRenewalStatus.
 */
export const obligationStatuses = (subject: ObligationSubject, today: IsoDate): ObligationStatus[] =>
  subject.obligations.flatMap((obligation) => rowsOf(obligation, subject, today));
