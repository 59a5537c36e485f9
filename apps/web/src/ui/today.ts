import { swedishDateOf } from '@samverkan/dates';

/**
 * Not in the `ui` barrel: it brings Temporal (through the dates module), which the pages that ask
 * for today load with them, and the first download should not carry.
 *
 * Today in Sweden ('YYYY-MM-DD'): the day due dates and validity are judged by, as the API's Clock.todayInSweden does.
 */
export const todayInSweden = (): string => swedishDateOf(new Date().toISOString());
