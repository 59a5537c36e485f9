import { rule, type BusinessRule } from '@samverkan/shared-kernel';

/** Cycles are counted one by one, so that "the second year's work" means the same to everyone. */
export const newCycleMustFollow = (currentCycle: number, newCycle: number): BusinessRule =>
  rule('NewCycleMustFollowCurrent', `En ny cykel måste få nummer ${currentCycle + 1}.`, () => newCycle !== currentCycle + 1);
