import type { Step } from '@samverkan/cycle';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { FocusAreaBoardDoc } from './focus-area-board.doc.js';
import { boardStatusOf, daysOverdue, isLate, type MeasureBoardStatus } from './measure-follow-up.js';

export interface LateMeasure {
  readonly agreementId: string;
  readonly focusAreaId: string;
  readonly focusAreaTitle: string;
  readonly step: Step;
  readonly cycle: number;
  readonly measureId: string;
  readonly activity: string;
  readonly responsiblePartyId: string;
  readonly responsibleFunction: string;
  readonly dueDate: IsoDate;
  readonly status: MeasureBoardStatus;
  readonly daysOverdue: number;
}

/**
 * Every measure past its due date and not done, longest overdue first: the current cycle of
 * focus areas still running (closed and withdrawn ones are history, see `isLate`).
 */
export const lateMeasures = (docs: readonly FocusAreaBoardDoc[], today: IsoDate): LateMeasure[] =>
  docs
    .flatMap((doc) =>
      doc.work.measures
        .filter((m) => isLate(m, doc.step, today))
        .map((m) => ({
          agreementId: doc.agreementId,
          focusAreaId: doc.focusAreaId,
          focusAreaTitle: doc.title,
          step: doc.step,
          cycle: doc.cycle,
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
