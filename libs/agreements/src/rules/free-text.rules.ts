import { noPersonalIdentityNumber, noPersonalIdentityNumberInId, type BusinessRule } from '@samverkan/shared-kernel';
import type { Obligation } from '../obligation.js';
import type { Party } from '../party.js';

/**
 * The system holds plans and decisions, never data about individuals: every free-text field of a
 * registration, and the ids that name streams, are checked for something that looks like a personnummer.
 */
export interface RegistrationTexts {
  /** An id is part of the agreement's stream name, kept as long as the log. */
  readonly agreementId: string;
  readonly name: string;
  readonly municipality: string;
  readonly council: { readonly name: string };
  readonly operativeGroup?: { readonly name: string };
  readonly parties: readonly Party[];
  readonly obligations?: readonly Obligation[];
}

export const registrationTextsHoldNoPersonalIdentityNumber = (data: RegistrationTexts): BusinessRule[] => [
  noPersonalIdentityNumberInId('agreementId', data.agreementId),
  noPersonalIdentityNumber('name', data.name),
  noPersonalIdentityNumber('municipality', data.municipality),
  noPersonalIdentityNumber('council.name', data.council.name),
  noPersonalIdentityNumber('operativeGroup.name', data.operativeGroup?.name),
  ...data.parties.flatMap((party, i) => [
    noPersonalIdentityNumberInId(`parties[${i}].partyId`, party.partyId),
    noPersonalIdentityNumber(`parties[${i}].name`, party.name),
  ]),
  ...(data.obligations ?? []).flatMap((obligation, i) => [
    noPersonalIdentityNumber(`obligations[${i}].description`, obligation.description),
    noPersonalIdentityNumber(`obligations[${i}].source`, obligation.source),
  ]),
];
