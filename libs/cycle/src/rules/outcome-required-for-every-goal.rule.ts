import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Evaluation → closed or new cycle: every goal is followed up (production, process, effect). */
export const outcomeRequiredForEveryGoal = (work: CycleWork): BusinessRule => {
  const missing = work.goals.filter((goal) => !work.outcomes.some((o) => o.goalId === goal.goalId));
  return rule(
    'OutcomeRequiredForEveryGoal',
    `Utfall (genomförande, process och effekt) måste registreras för varje mål innan utvärderingen kan avslutas. Saknas för: ${missing.map((g) => `”${g.description}”`).join(', ')}.`,
    () => missing.length > 0,
  );
};
