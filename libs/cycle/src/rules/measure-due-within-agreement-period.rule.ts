import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';

/** The parties have only committed for the agreement's period; dates compare as 'YYYY-MM-DD'. */
export const measureDueWithinAgreementPeriod = (measure: { readonly activity: string; readonly dueDate: string }, facts: AgreementFacts): BusinessRule =>
  rule(
    'MeasureDueWithinAgreementPeriod',
    `Åtgärden ”${measure.activity}” måste vara klar inom överenskommelsens period (${facts.period.from}–${facts.period.to}).`,
    () => measure.dueDate < facts.period.from || measure.dueDate > facts.period.to,
  );
