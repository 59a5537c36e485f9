import { swedishDateOf } from '@samverkan/dates';

/** Today in Sweden ('YYYY-MM-DD'): the day due dates and validity are judged by, as the API's Clock.todayInSweden does. */
export const todayInSweden = (): string => swedishDateOf(new Date().toISOString());
