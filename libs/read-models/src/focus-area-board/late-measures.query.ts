import type { Measure, Step } from '@samverkan/cycle';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { FocusAreaBoardDoc } from './focus-area-board.doc.js';
import { boardStatusOf, daysOverdue, isLate, type MeasureBoardStatus } from './measure-follow-up.js';

export interface LateMeasure {
  readonly agreementId: string;
  readonly focusAreaId: string;
  readonly focusAreaTitle: string;
  readonly step: Step;
  /** The cycle the measure belongs to: the current one, or an earlier one it was left in. */
  readonly cycle: number;
  /** True when the measure was left in an earlier cycle (not carried forward into the current one). */
  readonly earlierCycle: boolean;
  readonly measureId: string;
  readonly activity: string;
  readonly responsiblePartyId: string;
  readonly responsibleFunction: string;
  readonly dueDate: IsoDate;
  readonly status: MeasureBoardStatus;
  readonly daysOverdue: number;
}

/**
 * The measures of a focus area, each once, in the latest cycle that holds it: a measure carried
 * forward keeps its id, so its place is the cycle it went on in, and its earlier copy is history.
 */
const measuresByCycle = (doc: FocusAreaBoardDoc): Array<{ readonly cycle: number; readonly measure: Measure }> => {
  const cycles = [{ cycle: doc.cycle, work: doc.work }, ...[...doc.previousCycles].sort((a, b) => b.cycle - a.cycle)];
  const seen = new Set<string>();
  return cycles.flatMap(({ cycle, work }) =>
    work.measures.flatMap((measure) => {
      if (seen.has(measure.measureId)) return [];
      seen.add(measure.measureId);
      return [{ cycle, measure }];
    }),
  );
};

/**
 * Every measure past its due date and not done, longest overdue first, of focus areas still
 * running (closed and withdrawn ones are history, see `isLate`): the current cycle's, and those an
 * earlier cycle left unfinished and the new cycle did not take over, which are still owed.
 */
export const lateMeasures = (docs: readonly FocusAreaBoardDoc[], today: IsoDate): LateMeasure[] =>
  docs
    .flatMap((doc) =>
      measuresByCycle(doc)
        .filter(({ measure }) => isLate(measure, doc.step, today))
        .map(({ cycle, measure: m }) => ({
          agreementId: doc.agreementId,
          focusAreaId: doc.focusAreaId,
          focusAreaTitle: doc.title,
          step: doc.step,
          cycle,
          earlierCycle: cycle !== doc.cycle,
          measureId: m.measureId,
          activity: m.activity,
          responsiblePartyId: m.responsiblePartyId,
          responsibleFunction: m.responsibleFunction,
          dueDate: m.dueDate,
          status: boardStatusOf(m),
          daysOverdue: daysOverdue(m, doc.step, today),
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.focusAreaId.localeCompare(b.focusAreaId) || a.measureId.localeCompare(b.measureId));
