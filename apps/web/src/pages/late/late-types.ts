import type { MeasureBoardStatus, Step } from '../../api/types';

/**
 * The answers of GET /agreements/{id}/late-and-due and /measure-trend, as this page reads them.
 * Kept by hand: the web app is a client of the HTTP contract, not of the server's code.
 */
export interface LateMeasure {
  readonly focusAreaId: string;
  readonly focusAreaTitle: string;
  readonly step: Step;
  readonly cycle: number;
  readonly measureId: string;
  readonly activity: string;
  readonly responsiblePartyId: string;
  readonly responsibleFunction: string;
  readonly dueDate: string;
  readonly status: MeasureBoardStatus;
  readonly daysOverdue: number;
}

export type ObligationState = 'met' | 'due' | 'overdue' | 'notYetDue';

export interface ObligationStatus {
  readonly kind: string;
  readonly description: string;
  readonly source: string | null;
  readonly status: ObligationState;
  readonly dueBy: string | null;
  readonly lastFulfilledOn: string | null;
  readonly count: number | null;
  readonly required: number | null;
  readonly periodLabel: string;
}

export interface LateAndDue {
  readonly today: string;
  readonly lateMeasures: readonly LateMeasure[];
  readonly obligations: readonly ObligationStatus[];
}

export interface MeasureStatusPoint {
  readonly at: string;
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
  readonly done: number;
  readonly notFollowedUp: number;
  readonly late: number;
}

export interface MeasureTrend {
  readonly from: string;
  readonly to: string;
  readonly points: readonly MeasureStatusPoint[];
}
