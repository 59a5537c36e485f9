import type { Measure, MeasureStatus, Step } from '@samverkan/cycle';
import { daysBetween, type IsoDate } from '@samverkan/shared-kernel';

/**
 * A measure nobody has followed up yet. Deliberately not 'green': green says a coordinator judged
 * it on track, and a board that painted unjudged measures green would hide exactly the ones no
 * one is looking at.
 */
export const NOT_FOLLOWED_UP = 'notFollowedUp';

export type MeasureBoardStatus = MeasureStatus | typeof NOT_FOLLOWED_UP;

export const boardStatusOf = (measure: Measure): MeasureBoardStatus => measure.status ?? NOT_FOLLOWED_UP;

/** A closed or withdrawn focus area's plan is history: nothing in it can be late any more. */
const isEnded = (status: Step): boolean => status === 'closed' || status === 'withdrawn';

/**
 * Late: the due date has passed (strictly before today: on its due date a measure is not yet
 * late) and it is not done. An earlier cycle's measure left unfinished is still owed, so the
 * late-measures query asks this of it too (each measure once, in the latest cycle holding it).
 */
export const isLate = (measure: Measure, focusAreaStatus: Step, today: IsoDate): boolean =>
  !isEnded(focusAreaStatus) && measure.status !== 'done' && measure.dueDate < today;

/** Whole days past the due date; 0 when not late. */
export const daysOverdue = (measure: Measure, focusAreaStatus: Step, today: IsoDate): number =>
  isLate(measure, focusAreaStatus, today) ? daysBetween(measure.dueDate, today) : 0;
