import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Analysis → measures: measures target causes, so at least one cause must be identified. */
export const causeRequired = (work: CycleWork): BusinessRule =>
  rule('CauseRequired', 'Minst en bidragande orsak måste vara identifierad innan analysen kan lämnas för åtgärder.', () => work.causes.length === 0);
