import { registerDecorator } from 'class-validator';
import { isDayOrInstant, isIsoDate } from '@samverkan/shared-kernel';

const fieldCheck = (name: string, validate: (value: unknown) => boolean, message: string) => () => (target: object, propertyName: string) =>
  registerDecorator({ name, target: target.constructor, propertyName, options: { message }, validator: { validate } });

/**
 * Query fields that are days or moments, checked by the one date module: a day the calendar does
 * not have (2024-02-30) is a 400 here, never read as 1 March further in.
 */
export const IsDay = fieldCheck('isDay', (value) => typeof value === 'string' && isIsoDate(value), '$property must be a date YYYY-MM-DD');

export const IsDayOrInstant = fieldCheck('isDayOrInstant', isDayOrInstant, '$property must be a date YYYY-MM-DD or an ISO-8601 instant with a time zone');
