import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Measures decided (→ evaluation): an action plan without measures is no plan. */
export const measureRequired = (work: CycleWork): BusinessRule =>
  rule('MeasureRequired', 'Minst en åtgärd måste vara planerad innan åtgärderna kan beslutas och följas upp.', () => work.measures.length === 0);
