import { rule, type BusinessRule } from '@samverkan/shared-kernel';

/**
 * A value is measured on a day that has come; a follow-up still to be made (value null, "ej mätt
 * ännu") may be planned ahead. `today` is the Swedish day the command is judged on, from the edge.
 */
export const indicatorMeasuredNotAfterToday = (measurement: { readonly measuredOn: string; readonly value: number | null }, today: string): BusinessRule =>
  rule(
    'IndicatorMeasuredNotAfterToday',
    `Ett uppmätt värde kan inte registreras för ett datum som inte har kommit än (${measurement.measuredOn}). Lämna värdet tomt för en planerad mätning.`,
    () => measurement.value !== null && measurement.measuredOn > today,
  );
