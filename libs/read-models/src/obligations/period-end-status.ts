import type { AgreementRenewalObligation, OutcomeReportObligation } from '@samverkan/agreements';
import { addDays, type IsoDate } from '@samverkan/shared-kernel';
import { fulfilledDates, judgeDueDate, statusRow, type ObligationStatus, type ObligationSubject } from './obligation-status.js';

/** How long after the period the outcome report may take before it is overdue: one quarter. */
export const OUTCOME_REPORT_DAYS = 90;

/**
 * The report on what the agreement achieved, made once its period has ended: not yet due during
 * the period, due for OUTCOME_REPORT_DAYS after its last day, then overdue. Only a report dated
 * after the period counts: one made before it ended cannot report the whole period.
 */
export const outcomeReportStatus = (obligation: OutcomeReportObligation, subject: ObligationSubject, today: IsoDate): ObligationStatus => {
  const end = subject.period.to;
  const dueBy = addDays(end, OUTCOME_REPORT_DAYS);
  const reported =
    fulfilledDates(subject, obligation.kind, today)
      .filter((d) => d > end)
      .at(-1) ?? null;
  const status = reported !== null ? 'met' : today <= end ? 'notYetDue' : today <= dueBy ? 'due' : 'overdue';
  return statusRow(obligation, { status, dueBy, lastFulfilledOn: reported, periodLabel: `efter ${end}` });
};

/**
 * A new agreement drawn up by a date the agreement names (Lomma: "under 2027"): met once
 * recorded, otherwise judged against that date like every dated obligation. The date is the
 * agreement's own, so it is reported even when it lies after the period.
 */
export const agreementRenewalStatus = (obligation: AgreementRenewalObligation, subject: ObligationSubject, today: IsoDate): ObligationStatus => {
  const renewed = fulfilledDates(subject, obligation.kind, today).at(-1) ?? null;
  const status = renewed !== null ? 'met' : judgeDueDate(obligation.dueBy, today, false);
  return statusRow(obligation, { status, dueBy: obligation.dueBy, lastFulfilledOn: renewed, periodLabel: `senast ${obligation.dueBy}` });
};
