import { isIsoDate, type IsoDate } from '@samverkan/shared-kernel';

/** The period an agreement is valid for, both days included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** ISO dates compare correctly as strings once both are valid. */
export const isValidPeriod = (period: Period): boolean => isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;
