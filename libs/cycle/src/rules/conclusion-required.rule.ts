import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Evaluation → closed or new cycle: the council decides on a written conclusion. */
export const conclusionRequired = (work: CycleWork): BusinessRule =>
  rule(
    'ConclusionRequired',
    'En slutsats av utvärderingen måste finnas innan fokusområdet kan avslutas eller en ny cykel startas.',
    () => work.conclusion === null,
  );
