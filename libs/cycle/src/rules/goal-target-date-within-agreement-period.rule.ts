import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';

/**
 * A goal is reached within the agreement's period: after it the parties have promised nothing, so a
 * goal dated later cannot be followed up under this agreement. Dates compare as 'YYYY-MM-DD'.
 */
export const goalTargetDateWithinAgreementPeriod = (
  goal: { readonly description: string; readonly targetDate?: string },
  facts: AgreementFacts,
): BusinessRule =>
  rule(
    'GoalTargetDateWithinAgreementPeriod',
    `Måldatum för målet ”${goal.description}” måste ligga inom överenskommelsens period (${facts.period.from}–${facts.period.to}).`,
    () => goal.targetDate !== undefined && (goal.targetDate < facts.period.from || goal.targetDate > facts.period.to),
  );
