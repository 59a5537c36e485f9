import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Lomma: "Barnkonsekvensanalyser ska göras innan beslut om åtgärder fattas". */
export const childImpactAssessmentRequired = (work: CycleWork): BusinessRule =>
  rule(
    'ChildImpactAssessmentRequired',
    'En barnkonsekvensanalys måste vara gjord innan beslut om åtgärder fattas.',
    () => work.childImpactAssessment === null,
  );
