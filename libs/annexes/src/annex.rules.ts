import { fieldLabelSv, isIsoDate, rule, type BusinessRule, type IsoDate } from '@samverkan/shared-kernel';
import { ANNEX_KIND_LABEL_SV, type AnnexKind } from './annex-kind.js';
import type { AgreementPartyFact } from './commands/annex-commands.js';
import type { AnnexFile } from './events.js';
import type { AnnexState, AnnexVersion } from './state.js';
import { isSuperseded } from './validity.js';

export const ANNEX_TITLE_MAX_LENGTH = 200;
export const ANNEX_TEXT_MAX_LENGTH = 20_000;
export const ANNEX_FILES_MAX = 20;

/** The situation picture and the action plan are the agreement's, one each and binding everyone; citizen promises may be several. */
export const isSingleKind = (kind: AnnexKind): boolean => kind !== 'citizenPromise';

const label = (kind: AnnexKind) => ANNEX_KIND_LABEL_SV[kind].toLowerCase();

export const annexMustNotExist = (state: AnnexState, kind: AnnexKind): BusinessRule =>
  rule(
    'AnnexMustNotExist',
    isSingleKind(kind) ? `Överenskommelsen har redan en ${label(kind)}; skriv en ny version av den.` : 'Det finns redan en bilaga med det id:t.',
    () => state.status !== 'none',
  );

export const annexMustExist = (state: AnnexState): BusinessRule => rule('AnnexMustExist', 'Bilagan finns inte.', () => state.status === 'none');

export const textIsShort = (field: string, text: string, max: number): BusinessRule =>
  rule('AnnexTextIsShort', `Fältet ”${fieldLabelSv(field)}” får vara högst ${max} tecken.`, () => text.length > max, field);

export const bindingPartiesBelongToAgreement = (bindingPartyIds: readonly string[], parties: readonly AgreementPartyFact[]): BusinessRule => {
  const unknown = bindingPartyIds.filter((id) => !parties.some((p) => p.partyId === id));
  return rule(
    'BindingPartiesBelongToAgreement',
    `Parten ${unknown.join(', ')} är inte part i överenskommelsen.`,
    () => unknown.length > 0,
    'bindingPartyIds',
  );
};

export const bindingPartiesAreDistinct = (bindingPartyIds: readonly string[]): BusinessRule =>
  rule('BindingPartiesAreDistinct', 'En part kan bara anges en gång.', () => new Set(bindingPartyIds).size !== bindingPartyIds.length, 'bindingPartyIds');

/** The situation picture and the action plan are the whole agreement's: every party signs them. */
export const annexBindsEveryParty = (kind: AnnexKind, bindingPartyIds: readonly string[], parties: readonly AgreementPartyFact[]): BusinessRule =>
  rule(
    'AnnexBindsEveryParty',
    `En ${label(kind)} gäller alla parter i överenskommelsen och ska undertecknas av alla.`,
    () => isSingleKind(kind) && parties.some((p) => !bindingPartyIds.includes(p.partyId)),
    'bindingPartyIds',
  );

/**
 * A citizen promise is the municipality's and the police's promise to the residents (DOMAIN.md:
 * "municipality and police, not a third"): it binds at least one of each; a third party may join
 * it, but it never binds a third party alone or without them.
 */
export const citizenPromiseBindsMunicipalityAndPolice = (
  kind: AnnexKind,
  bindingPartyIds: readonly string[],
  parties: readonly AgreementPartyFact[],
): BusinessRule => {
  const kinds = parties.filter((p) => bindingPartyIds.includes(p.partyId)).map((p) => p.kind);
  return rule(
    'CitizenPromiseBindsMunicipalityAndPolice',
    'Ett medborgarlöfte ges av kommunen och polisen tillsammans: minst en kommun och ett lokalpolisområde ska vara bundna.',
    () => kind === 'citizenPromise' && !(kinds.includes('municipality') && kinds.includes('localPoliceArea')),
    'bindingPartyIds',
  );
};

export const annexFilesAreDistinctAndFew = (files: readonly AnnexFile[]): BusinessRule[] => [
  rule('AnnexFilesAreDistinct', 'Samma fil är bifogad två gånger.', () => new Set(files.map((f) => f.sha256)).size !== files.length, 'files'),
  rule('AnnexFilesAreFew', `En version får ha högst ${ANNEX_FILES_MAX} bifogade filer.`, () => files.length > ANNEX_FILES_MAX, 'files'),
];

export const annexVersionExists = (version: AnnexVersion | undefined, number: number): BusinessRule =>
  rule('AnnexVersionExists', `Version ${number} finns inte.`, () => version === undefined, 'version');

/** Only the newest draft can be decided: a newer draft replaced the older. */
export const annexVersionIsLatest = (state: AnnexState, version: number): BusinessRule =>
  rule(
    'AnnexVersionIsLatest',
    `Version ${version} har ersatts av en nyare version; besluta den nyaste.`,
    () => state.status === 'created' && state.versions.some((v) => v.version > version),
    'version',
  );

/** A decided version cannot change, and is not decided twice. */
export const annexVersionIsUndecided = (version: AnnexVersion | undefined): BusinessRule =>
  rule(
    'AnnexVersionIsUndecided',
    `Version ${version?.version} är redan beslutad ${version?.decision?.decidedOn}; ett beslut ändras inte. Skriv en ny version.`,
    () => version?.decision != null,
    'version',
  );

export const annexVersionIsDecided = (version: AnnexVersion | undefined): BusinessRule =>
  rule(
    'AnnexVersionIsDecided',
    'Versionen kan undertecknas först när rådet har beslutat den.',
    () => version !== undefined && version.decision === null,
    'version',
  );

export const annexVersionIsNotSuperseded = (state: AnnexState, version: number): BusinessRule =>
  rule(
    'AnnexVersionIsNotSuperseded',
    `Version ${version} har ersatts av en nyare giltig version och kan inte längre undertecknas.`,
    () => state.status === 'created' && isSuperseded(state.versions, version),
    'version',
  );

export const partyIsBoundByVersion = (version: AnnexVersion | undefined, partyId: string): BusinessRule =>
  rule(
    'PartyIsBoundByVersion',
    `Versionen binder inte parten ${partyId}; den undertecknar inte.`,
    () => version !== undefined && !version.bindingPartyIds.includes(partyId),
    'partyId',
  );

export const partyHasNotSigned = (version: AnnexVersion | undefined, partyId: string): BusinessRule =>
  rule(
    'PartyHasNotSigned',
    `Parten ${partyId} har redan undertecknat versionen.`,
    () => version?.signatures.some((s) => s.partyId === partyId) === true,
    'partyId',
  );

/** A day as the API sends it, real, and not after today: a decision or signature is recorded after it happened. */
export const dayIsPastOrToday = (field: string, day: IsoDate, today: IsoDate): BusinessRule =>
  rule(
    'DateIsNotInTheFuture',
    `Fältet ”${fieldLabelSv(field)}” måste vara ett datum (ÅÅÅÅ-MM-DD) som inte är senare än i dag (${today}).`,
    () => !isIsoDate(day) || day > today,
    field,
  );

/** The parties sign the text the council decided, so on or after the decision. */
export const signatureIsNotBeforeDecision = (version: AnnexVersion | undefined, signedOn: IsoDate): BusinessRule =>
  rule(
    'SignatureIsNotBeforeDecision',
    `Versionen beslutades ${version?.decision?.decidedOn}; den kan inte ha undertecknats före beslutet.`,
    () => version?.decision != null && signedOn < version.decision.decidedOn,
    'signedOn',
  );
