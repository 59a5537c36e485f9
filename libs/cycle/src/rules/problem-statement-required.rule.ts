import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Mapping → analysis: the problem is defined (what, where, when, how often) before it is analysed. */
export const problemStatementRequired = (work: CycleWork): BusinessRule =>
  rule(
    'ProblemStatementRequired',
    'En problemformulering (vad, var, när och hur ofta) måste finnas innan kartläggningen kan lämnas för analys.',
    () => work.problemStatement === null,
  );
