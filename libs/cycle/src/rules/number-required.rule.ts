import { rule, type BusinessRule } from '@samverkan/shared-kernel';

/** Indicators are aggregated numbers (an index, a share, a count), so that effect can be measured. */
export const numberRequired = (field: string, value: unknown, required = true): BusinessRule =>
  rule('NumberRequired', `Fältet ”${field}” måste vara ett tal.`, () =>
    value === undefined ? required : typeof value !== 'number' || !Number.isFinite(value),
  );
