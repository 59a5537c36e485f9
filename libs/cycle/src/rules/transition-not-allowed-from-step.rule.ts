import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import { STEP_LABEL_SV, type FocusAreaStatus } from '../steps.js';

/** The machine's own refusal: what is asked does not belong to the step the focus area is in. */
export const transitionNotAllowedFromStep = (what: string, step: FocusAreaStatus, broken: () => boolean): BusinessRule =>
  rule('TransitionNotAllowedFromStep', `Det går inte att ${what} när fokusområdet är i steget ”${STEP_LABEL_SV[step]}”.`, broken);
