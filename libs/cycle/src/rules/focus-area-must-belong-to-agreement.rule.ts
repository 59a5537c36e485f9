import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';

/** A focus area is worked on under one agreement: the one whose facts judge it. */
export const focusAreaMustBelongToAgreement = (agreementId: string, facts: AgreementFacts): BusinessRule =>
  rule(
    'FocusAreaMustBelongToAgreement',
    'Fokusområdet måste höra till den samverkansöverenskommelse det föreslås inom.',
    () => agreementId !== facts.agreementId,
  );
