import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';
import type { SharedResponsibility } from '../focus-area.events.js';

/** A measure is owned by a party that signed the agreement (and a named function within it). */
export const measureResponsiblePartyMustBeParty = (
  measure: { readonly activity: string; readonly responsiblePartyId: string },
  facts: AgreementFacts,
): BusinessRule =>
  rule(
    'MeasureResponsiblePartyMustBeParty',
    `Ansvarig part för åtgärden ”${measure.activity}” måste vara en part i samverkansöverenskommelsen.`,
    () => !facts.partyIds.includes(measure.responsiblePartyId),
  );

/**
 * Shared responsibility binds parties too: each party that shares it signed the agreement. Other
 * actors (a school, the housing company) are named as collaborators, not as responsible.
 */
export const measureCoResponsiblePartiesMustBeParties = (
  measure: { readonly activity: string; readonly coResponsible?: readonly SharedResponsibility[] },
  facts: AgreementFacts,
): BusinessRule =>
  rule(
    'MeasureCoResponsiblePartyMustBeParty',
    `Varje part som delar ansvaret för åtgärden ”${measure.activity}” måste vara en part i samverkansöverenskommelsen. Andra aktörer anges som samverkanspartner.`,
    () => (measure.coResponsible ?? []).some((shared) => !facts.partyIds.includes(shared.partyId)),
  );
