import type { AnnualReportObligation, CitizenPromiseRenewalObligation, Obligation, RecurringObligation } from '@samverkan/agreements';
import type { AnnexKind } from '@samverkan/annexes';
import { addDays, addYears, dateIn, yearOf, type IsoDate } from '@samverkan/shared-kernel';
import { fulfilledDates, judgeDueDate, statusRow, type ObligationStatus, type ObligationSubject } from './obligation-status.js';

/**
 * The annex whose valid versions meet an obligation: a situation picture decided and signed is the
 * situation picture updated; a citizen promise, renewed; a new action plan in force, the action plan
 * followed up (its revision is the follow-up the agreement asks for).
 */
const ANNEX_THAT_MEETS: Partial<Record<Obligation['kind'], AnnexKind>> = {
  situationPictureUpdate: 'situationPicture',
  actionPlanFollowUp: 'actionPlan',
  citizenPromiseRenewal: 'citizenPromise',
};

/**
 * The days it was done: the fulfilments recorded by hand and the days a matching annex version came
 * into force, up to today, each day once (a fulfilment recorded for the same decision counts once).
 */
export const doneDates = (subject: ObligationSubject, kind: Obligation['kind'], today: IsoDate): IsoDate[] => {
  const annexKind = ANNEX_THAT_MEETS[kind];
  const fromAnnexes = (subject.validAnnexVersions ?? []).filter((v) => v.kind === annexKind && v.validFrom <= today).map((v) => v.validFrom);
  return [...new Set([...fulfilledDates(subject, kind, today), ...fromAnnexes])].sort();
};

/**
 * One window of a recurring obligation: from the last time it was done (or the period's start)
 * to the next due date. A due date after the period's end is not this agreement's to demand:
 * the row then says met (when done at least once) or not yet due, with no due date.
 */
const windowRow = (obligation: Obligation, subject: ObligationSubject, today: IsoDate, nextDueBy: (last: IsoDate | null) => IsoDate): ObligationStatus => {
  const last = doneDates(subject, obligation.kind, today).at(-1) ?? null;
  const dueBy = nextDueBy(last);
  const from = last ?? subject.period.from;
  if (dueBy > subject.period.to)
    return statusRow(obligation, { status: last ? 'met' : 'notYetDue', dueBy: null, lastFulfilledOn: last, periodLabel: `${from}–${subject.period.to}` });
  return statusRow(obligation, { status: judgeDueDate(dueBy, today, last !== null), dueBy, lastFulfilledOn: last, periodLabel: `${from}–${dueBy}` });
};

/**
 * Follow-ups and updates "at least every n years": due n years after the last one, to the day.
 * The first is due by `firstDueBy` when the agreement names it, else by the last day of the
 * period's first n years (a period from 2023-01-01, every year: by 2023-12-31).
 */
export const recurringStatus = (obligation: RecurringObligation, subject: ObligationSubject, today: IsoDate): ObligationStatus =>
  windowRow(obligation, subject, today, (last) =>
    last !== null ? addYears(last, obligation.everyYears) : (obligation.firstDueBy ?? addDays(addYears(subject.period.from, obligation.everyYears), -1)),
  );

/** Results reported every year to the bodies named: a recurring obligation of one year. */
export const annualReportStatus = (obligation: AnnualReportObligation, subject: ObligationSubject, today: IsoDate): ObligationStatus =>
  windowRow(obligation, subject, today, (last) => (last !== null ? addYears(last, 1) : addDays(addYears(subject.period.from, 1), -1)));

/**
 * A citizen promise renewed every n years, ready by a day of the year ("klart till årsskiftet"):
 * the first by that day in the period's first year (the next year if the day comes before the
 * period starts), each next one by that day n years after the year of the last renewal.
 */
export const citizenPromiseStatus = (obligation: CitizenPromiseRenewalObligation, subject: ObligationSubject, today: IsoDate): ObligationStatus =>
  windowRow(obligation, subject, today, (last) => {
    if (last !== null) return dateIn(yearOf(last) + obligation.everyYears, obligation.readyBy);
    const firstYear = yearOf(subject.period.from);
    const inFirstYear = dateIn(firstYear, obligation.readyBy);
    return inFirstYear >= subject.period.from ? inFirstYear : dateIn(firstYear + 1, obligation.readyBy);
  });
