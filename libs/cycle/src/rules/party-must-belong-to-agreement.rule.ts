import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';

/** Only the signing parties decide; the council decides by consensus of exactly them. */
export const partyMustBelongToAgreement = (partyId: string | undefined, facts: AgreementFacts): BusinessRule =>
  rule(
    'PartyMustBelongToAgreement',
    'Beslut kan bara fattas för en part i samverkansöverenskommelsen.',
    () => partyId === undefined || !facts.partyIds.includes(partyId),
  );
