import { isIsoDate, rule, type BusinessRule } from '@samverkan/shared-kernel';

/** Dates are compared as text, so a date must be a real day in the one shape 'YYYY-MM-DD'. */
export const dateMustBeValid = (field: string, text: string | undefined): BusinessRule =>
  rule('DateMustBeValid', `Fältet ”${field}” måste vara ett datum på formen ÅÅÅÅ-MM-DD.`, () => !isIsoDate(text));
