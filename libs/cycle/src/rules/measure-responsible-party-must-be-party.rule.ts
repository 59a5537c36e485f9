import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';

/** A measure is owned by a party that signed the agreement (and a named function within it). */
export const measureResponsiblePartyMustBeParty = (
  measure: { readonly activity: string; readonly responsiblePartyId: string },
  facts: AgreementFacts,
): BusinessRule =>
  rule(
    'MeasureResponsiblePartyMustBeParty',
    `Ansvarig part för åtgärden "${measure.activity}" måste vara en part i samverkansöverenskommelsen.`,
    () => !facts.partyIds.includes(measure.responsiblePartyId),
  );
