import type { MeetingsObligation } from '@samverkan/agreements';
import { daysBetween, daysInYear, earlierOf, laterOf, yearOf, type IsoDate, type MeetingBody } from '@samverkan/shared-kernel';
import { fulfilledDates, statusRow, type ObligationStatus, type ObligationSubject } from './obligation-status.js';

/**
 * A year the agreement covers only in part requires meetings in proportion to the days it
 * covers, rounded to the nearest whole meeting: an agreement signed in July cannot have held
 * its four council meetings by December.
 */
const requiredIn = (perYear: number, start: IsoDate, end: IsoDate): number =>
  Math.round((perYear * (daysBetween(start, end) + 1)) / daysInYear(yearOf(start)));

const BODY_OF: Record<MeetingsObligation['kind'], MeetingBody> = { councilMeetings: 'council', operativeGroupMeetings: 'operativeGroup' };

/**
 * The days the body met, up to today: the meetings held in the app beside the fulfilments
 * recorded by hand (meetings held before the app, or outside it). One day counts once: a
 * coordinator who also records a fulfilment for a meeting held in the app that day records the
 * same meeting, not a second one (a body does not meet twice in a day).
 */
export const meetingDays = (obligation: MeetingsObligation, subject: ObligationSubject, today: IsoDate): IsoDate[] => {
  const inApp = (subject.meetingsHeld ?? []).filter((m) => m.body === BODY_OF[obligation.kind] && m.heldOn <= today).map((m) => m.heldOn);
  return [...new Set([...fulfilledDates(subject, obligation.kind, today), ...inApp])].sort();
};

const yearRow = (obligation: MeetingsObligation, subject: ObligationSubject, year: number, today: IsoDate): ObligationStatus => {
  const start = laterOf(`${year}-01-01`, subject.period.from);
  const end = earlierOf(`${year}-12-31`, subject.period.to);
  const held = meetingDays(obligation, subject, today).filter((d) => start <= d && d <= end);
  const required = requiredIn(obligation.perYear, start, end);
  const status = today < start ? 'notYetDue' : held.length >= required ? 'met' : today > end ? 'overdue' : 'due';
  const whole = start === `${year}-01-01` && end === `${year}-12-31`;
  return statusRow(obligation, {
    status,
    dueBy: end,
    lastFulfilledOn: held.at(-1) ?? null,
    count: held.length,
    required,
    periodLabel: whole ? String(year) : `${start}–${end}`,
  });
};

/**
 * Council and operative-group meetings, counted per calendar year within the agreement's period.
 * One row for the year of `today` (the first year before the period, the last year after it):
 * met when enough meetings were held, due while the year runs with fewer. Each earlier year of
 * the period that ended short is one more row, overdue, so that a missed year is never hidden by
 * a good one.
 */
export const meetingsStatus = (obligation: MeetingsObligation, subject: ObligationSubject, today: IsoDate): ObligationStatus[] => {
  const first = yearOf(subject.period.from);
  const last = yearOf(subject.period.to);
  const current = Math.min(Math.max(yearOf(today), first), last);
  const rows: ObligationStatus[] = [];
  for (let year = first; year <= current; year++) {
    const row = yearRow(obligation, subject, year, today);
    if (year === current || row.status === 'overdue') rows.push(row);
  }
  return rows;
};
