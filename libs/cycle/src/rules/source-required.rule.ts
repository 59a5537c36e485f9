import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/** Mapping → analysis: the situation picture is built from sources, never from opinion alone. */
export const sourceRequired = (work: CycleWork): BusinessRule =>
  rule(
    'SourceRequired',
    'Minst en källa (t.ex. brottsstatistik, trygghetsmätning eller medborgardialog) måste anges innan kartläggningen kan lämnas för analys.',
    () => work.sources.length === 0,
  );
