import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { Obligation } from '../obligation.js';
import { obligationProblem } from '../obligation-problems.js';
import { isValidOrganisationNumber } from '../organisation-number.js';
import type { Party } from '../party.js';
import { PARTY_KINDS } from '../party.js';
import { isValidPeriod, type Period } from '../period.js';
import { isSlug } from '../slug.js';
import type { AgreementState } from '../state.js';

export const agreementIdIsWellFormed = (agreementId: string): BusinessRule =>
  rule(
    'AgreementIdIsWellFormed',
    `Överenskommelsens id ”${agreementId}” får bara innehålla små bokstäver a–z, siffror och bindestreck (t.ex. ”lomma-2023-2027”).`,
    () => !isSlug(agreementId),
    'agreementId',
  );

export const agreementIsNotAlreadyRegistered = (state: AgreementState): BusinessRule =>
  rule('AgreementIsNotAlreadyRegistered', 'Överenskommelsen är redan registrerad.', () => state.status !== 'unregistered');

/** Collaboration needs at least two signing organisations: the municipality and the police, at least. */
export const agreementHasAtLeastTwoParties = (parties: readonly Party[]): BusinessRule =>
  rule('AgreementHasAtLeastTwoParties', 'En samverkansöverenskommelse måste ha minst två parter.', () => parties.length < 2);

export const partyIdsAreUnique = (parties: readonly Party[]): BusinessRule => {
  const index = parties.findIndex((p, i) => parties.findIndex((q) => q.partyId === p.partyId) !== i);
  const duplicate = parties[index]?.partyId;
  return rule(
    'PartyIdsAreUnique',
    `Partens id ”${duplicate ?? ''}” förekommer mer än en gång. Varje part måste ha ett eget id.`,
    () => duplicate !== undefined,
    `parties[${index}].partyId`,
  );
};

export const partiesAreWellFormed = (parties: readonly Party[]): BusinessRule => {
  const index = parties.findIndex((p) => !isSlug(p.partyId) || p.name.trim() === '' || !PARTY_KINDS.includes(p.kind));
  const faulty = parties[index];
  return rule(
    'PartiesAreWellFormed',
    `Parten ”${faulty?.partyId ?? ''}” måste ha ett id (små bokstäver, siffror, bindestreck), ett namn och en giltig sort (kommun, lokalpolisområde eller annan).`,
    () => faulty !== undefined,
    `parties[${index}]`,
  );
};

export const organisationNumbersAreValid = (parties: readonly Party[]): BusinessRule => {
  const index = parties.findIndex((p) => p.organisationNumber !== undefined && !isValidOrganisationNumber(p.organisationNumber));
  const faulty = parties[index];
  return rule(
    'OrganisationNumbersAreValid',
    `Organisationsnumret ”${faulty?.organisationNumber ?? ''}” för ${faulty?.name ?? ''} är inte giltigt. Ange det som NNNNNN-NNNN med korrekt kontrollsiffra.`,
    () => faulty !== undefined,
    `parties[${index}].organisationNumber`,
  );
};

export const periodIsValid = (period: Period): BusinessRule =>
  rule(
    'PeriodIsValid',
    `Perioden ${period.from}–${period.to} är inte giltig. Ange två datum (ÅÅÅÅ-MM-DD) där startdatum inte är senare än slutdatum.`,
    () => !isValidPeriod(period),
    'period',
  );

export const obligationsAreWellFormed = (obligations: readonly Obligation[]): BusinessRule => {
  const index = obligations.findIndex((o) => obligationProblem(o) !== undefined);
  const faulty = obligations[index];
  return rule(
    'ObligationsAreWellFormed',
    faulty ? `Åtagande ${index + 1} (${faulty.kind}) är inte giltigt: ${obligationProblem(faulty) ?? ''}.` : '',
    () => faulty !== undefined,
    `obligations[${index}]`,
  );
};
