import { isIsoDate, noPersonalIdentityNumber, rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementTerms, BodyMember } from '../terms.js';

/**
 * The rules the terms obey, at registration and after every amendment: whoever signs, chairs or
 * sits in a body does so for a party of the agreement, and signs no later than the period's end.
 * `fieldOf` turns a path within the terms into the request field (registration names the field
 * itself; an amendment names its changes).
 */
export type FieldOf = (path: string) => string;
export const AS_REGISTERED: FieldOf = (path) => path;

const isPartyOf = (terms: AgreementTerms, partyId: string): boolean => terms.parties.some((p) => p.partyId === partyId);

export const signatoriesArePartiesOfTheAgreement = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule => {
  const signatories = terms.signatories ?? [];
  const index = signatories.findIndex((s) => !isPartyOf(terms, s.partyId));
  return rule(
    'SignatoriesArePartiesOfTheAgreement',
    `Undertecknaren för ”${signatories[index]?.partyId ?? ''}” skriver under för en part som inte är part i överenskommelsen.`,
    () => index >= 0,
    fieldOf(`signatories[${index}].partyId`),
  );
};

/** A signature after the period has ended signs nothing: the day lies on or before the period's last day. */
export const signatoriesSignWithinThePeriod = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule => {
  const signatories = terms.signatories ?? [];
  const index = signatories.findIndex((s) => !isIsoDate(s.signedOn) || s.signedOn > terms.period.to);
  return rule(
    'SignatoriesSignWithinThePeriod',
    `Undertecknandet ${signatories[index]?.signedOn ?? ''} måste vara ett datum (ÅÅÅÅ-MM-DD) som infaller senast periodens sista dag ${terms.period.to}.`,
    () => index >= 0,
    fieldOf(`signatories[${index}].signedOn`),
  );
};

export const councilChairIsAPartyOfTheAgreement = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule => {
  const chair = terms.council.chairPartyId;
  return rule(
    'CouncilChairIsAPartyOfTheAgreement',
    `Ordförandeskapet i ${terms.council.name} ska innehas av en part i överenskommelsen, inte ”${chair ?? ''}”.`,
    () => chair !== undefined && !isPartyOf(terms, chair),
    fieldOf('council.chairPartyId'),
  );
};

const membersRule = (name: string, body: string, members: readonly BodyMember[] | undefined, path: string, terms: AgreementTerms, fieldOf: FieldOf) => {
  const index = (members ?? []).findIndex((m) => !isPartyOf(terms, m.partyId));
  return rule(
    name,
    `Ledamoten i ${body} (${members?.[index]?.function ?? ''}) företräder ”${members?.[index]?.partyId ?? ''}”, som inte är part i överenskommelsen.`,
    () => index >= 0,
    fieldOf(`${path}[${index}].partyId`),
  );
};

export const councilMembersArePartiesOfTheAgreement = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule =>
  membersRule('CouncilMembersArePartiesOfTheAgreement', terms.council.name, terms.council.members, 'council.members', terms, fieldOf);

export const operativeGroupMembersArePartiesOfTheAgreement = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule =>
  membersRule(
    'OperativeGroupMembersArePartiesOfTheAgreement',
    terms.operativeGroup?.name ?? 'den operativa gruppen',
    terms.operativeGroup?.members,
    'operativeGroup.members',
    terms,
    fieldOf,
  );

/** Functions are free text: a function, never a person's identity. */
export const termsTextsHoldNoPersonalIdentityNumber = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule[] => [
  noPersonalIdentityNumber(fieldOf('council.name'), terms.council.name),
  noPersonalIdentityNumber(fieldOf('operativeGroup.name'), terms.operativeGroup?.name),
  ...(terms.signatories ?? []).map((s, i) => noPersonalIdentityNumber(fieldOf(`signatories[${i}].function`), s.function)),
  ...(terms.council.members ?? []).map((m, i) => noPersonalIdentityNumber(fieldOf(`council.members[${i}].function`), m.function)),
  ...(terms.operativeGroup?.members ?? []).map((m, i) => noPersonalIdentityNumber(fieldOf(`operativeGroup.members[${i}].function`), m.function)),
];

/** Every rule the terms obey, whichever command made them. */
export const termsRules = (terms: AgreementTerms, fieldOf: FieldOf = AS_REGISTERED): BusinessRule[] => [
  signatoriesArePartiesOfTheAgreement(terms, fieldOf),
  signatoriesSignWithinThePeriod(terms, fieldOf),
  councilChairIsAPartyOfTheAgreement(terms, fieldOf),
  councilMembersArePartiesOfTheAgreement(terms, fieldOf),
  operativeGroupMembersArePartiesOfTheAgreement(terms, fieldOf),
  ...termsTextsHoldNoPersonalIdentityNumber(terms, fieldOf),
];
