import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import { isEarlierCycleStep, STEP_LABEL_SV, type FocusAreaStatus } from '../steps.js';

/** Vellinge: new information can mean that earlier steps must be redone; "back" is only backwards. */
export const stepBackTargetMustBeEarlier = (to: string | undefined, from: FocusAreaStatus): BusinessRule =>
  rule(
    'StepBackTargetMustBeEarlier',
    `Fokusområdet kan bara gå tillbaka till ett tidigare steg i cykeln än ”${STEP_LABEL_SV[from]}” (kartläggning, analys eller åtgärder).`,
    () => !isEarlierCycleStep(to, from),
    'to',
  );
