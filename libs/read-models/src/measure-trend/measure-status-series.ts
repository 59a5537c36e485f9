import { dateOfInstant, type IsoDate } from '@samverkan/shared-kernel';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { lateMeasures } from '../focus-area-board/late-measures.query.js';
import { planBoardRows } from '../focus-area-board/plan-board-rows.query.js';

/** The focus areas as they stood at one moment; `today` is the day lateness is judged by (default: the date of `at`). */
export interface PlanAtPoint {
  readonly at: string;
  readonly today?: IsoDate;
  readonly focusAreas: readonly FocusAreaBoardDoc[];
}

/** How many measures had each status at one point; `late` overlaps the others (a red measure can be late). */
export interface MeasureStatusPoint {
  readonly at: string;
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
  readonly done: number;
  readonly notFollowedUp: number;
  readonly late: number;
}

/** Closed and withdrawn focus areas are history: their measures leave the plan in force (as in `isLate`). */
const inForce = (doc: FocusAreaBoardDoc): boolean => doc.step !== 'closed' && doc.step !== 'withdrawn';

const pointOf = ({ at, today, focusAreas }: PlanAtPoint): MeasureStatusPoint => {
  const day = today ?? (at.length === 10 ? at : dateOfInstant(at));
  const running = focusAreas.filter(inForce);
  const counts = { green: 0, yellow: 0, red: 0, done: 0, notFollowedUp: 0 };
  for (const row of planBoardRows(running, [], day)) for (const measure of row.measures) counts[measure.status] += 1;
  return { at, ...counts, late: lateMeasures(running, day).length };
};

/**
 * The measures of the plan in force counted by status at each point, for a chart of how the
 * follow-up went over time: the current cycle's measures of every focus area not closed or
 * withdrawn, as the board counts them (not followed up is its own status, never green).
 */
export const measureStatusSeries = (plans: readonly PlanAtPoint[]): MeasureStatusPoint[] => plans.map(pointOf);
