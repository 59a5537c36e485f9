import { addDays, daysBetween, type IsoDate } from '@samverkan/shared-kernel';

/** A known Monday: weeks are counted from it. */
const A_MONDAY = '1970-01-05';

/** The Monday of `date`'s week (Swedish weeks start on Monday): the period a weekly mail is keyed by. */
export const weekOf = (date: IsoDate): IsoDate => {
  const intoWeek = ((daysBetween(A_MONDAY, date) % 7) + 7) % 7;
  return addDays(date, -intoWeek);
};
