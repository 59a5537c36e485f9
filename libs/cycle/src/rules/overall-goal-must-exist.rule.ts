import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';

/** A focus area's goal contributes to an overall goal the agreement states (in force on the command's day). */
export const overallGoalMustExist = (overallGoalId: string | undefined, facts: AgreementFacts): BusinessRule =>
  rule(
    'OverallGoalMustExist',
    'Det övergripande målet finns inte i samverkansöverenskommelsen.',
    () => overallGoalId !== undefined && !(facts.overallGoalIds ?? []).includes(overallGoalId),
  );
