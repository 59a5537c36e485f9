import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/**
 * Lomma: "Barnkonsekvensanalyser ska göras innan beslut om åtgärder fattas". Whether it applies is
 * the agreement's policy (every focus area, those concerning children and young people, or never):
 * `applies` comes from `childImpactAssessmentApplies`.
 */
export const childImpactAssessmentRequired = (work: CycleWork, applies = true): BusinessRule =>
  rule(
    'ChildImpactAssessmentRequired',
    'En barnkonsekvensanalys måste vara gjord innan beslut om åtgärder fattas.',
    () => applies && work.childImpactAssessment === null,
  );
