import { checkRules, fieldRequired, noPersonalIdentityNumber, noPersonalIdentityNumberInId, aboutField } from '@samverkan/shared-kernel';
import {
  ANNEX_TEXT_MAX_LENGTH,
  ANNEX_TITLE_MAX_LENGTH,
  annexBindsEveryParty,
  annexFilesAreDistinctAndFew,
  annexMustExist,
  annexMustNotExist,
  annexVersionExists,
  annexVersionIsDecided,
  annexVersionIsLatest,
  annexVersionIsNotSuperseded,
  annexVersionIsUndecided,
  bindingPartiesAreDistinct,
  bindingPartiesBelongToAgreement,
  citizenPromiseBindsMunicipalityAndPolice,
  dayIsPastOrToday,
  partyHasNotSigned,
  partyIsBoundByVersion,
  signatureIsNotBeforeDecision,
  textIsShort,
} from './annex.rules.js';
import type { AnnexCommand, AnnexFacts, CreateAnnex, DecideAnnexVersion, DraftAnnexVersion, SignAnnexVersion } from './commands/annex-commands.js';
import type { AnnexEvent } from './events.js';
import { evolveAnnex, initialAnnexState, versionOf, type AnnexState } from './state.js';

const createAnnex = ({ data }: CreateAnnex, state: AnnexState): AnnexEvent[] => {
  const title = data.title.trim();
  checkRules(
    annexMustNotExist(state, data.kind),
    noPersonalIdentityNumberInId('annexId', data.annexId),
    aboutField('title', fieldRequired('titel', title)),
    noPersonalIdentityNumber('title', title),
    textIsShort('title', title, ANNEX_TITLE_MAX_LENGTH),
  );
  return [{ type: 'AnnexCreated', schemaVersion: 1, data: { ...data, title } }];
};

const draftVersion = ({ data }: DraftAnnexVersion, state: AnnexState, facts: AnnexFacts): AnnexEvent[] => {
  checkRules(annexMustExist(state));
  if (state.status !== 'created') return [];
  const binding = data.bindingPartyIds ?? facts.parties.map((p) => p.partyId);
  checkRules(
    aboutField('text', fieldRequired('text', data.text)),
    noPersonalIdentityNumber('text', data.text),
    textIsShort('text', data.text, ANNEX_TEXT_MAX_LENGTH),
    ...data.files.map((file, i) => aboutField(`files[${i}].fileName`, noPersonalIdentityNumber(`files[${i}].fileName`, file.fileName))),
    ...annexFilesAreDistinctAndFew(data.files),
    bindingPartiesAreDistinct(binding),
    bindingPartiesBelongToAgreement(binding, facts.parties),
    annexBindsEveryParty(state.kind, binding, facts.parties),
    citizenPromiseBindsMunicipalityAndPolice(state.kind, binding, facts.parties),
  );
  const version = state.versions.length + 1;
  return [{ type: 'AnnexVersionDrafted', schemaVersion: 1, data: { version, text: data.text, files: data.files, bindingPartyIds: binding } }];
};

const decideVersion = ({ data }: DecideAnnexVersion, state: AnnexState, facts: AnnexFacts): AnnexEvent[] => {
  const version = versionOf(state, data.version);
  checkRules(
    annexMustExist(state),
    annexVersionExists(version, data.version),
    annexVersionIsUndecided(version),
    annexVersionIsLatest(state, data.version),
    dayIsPastOrToday('decidedOn', data.decidedOn, facts.today),
  );
  const { protocol } = facts;
  return [
    { type: 'AnnexVersionDecided', schemaVersion: 1, data: { version: data.version, decidedOn: data.decidedOn, ...(protocol ? { protocol } : {}) } },
  ];
};

const signVersion = ({ data }: SignAnnexVersion, state: AnnexState, facts: AnnexFacts): AnnexEvent[] => {
  const version = versionOf(state, data.version);
  checkRules(
    annexMustExist(state),
    annexVersionExists(version, data.version),
    annexVersionIsDecided(version),
    partyIsBoundByVersion(version, data.partyId),
    partyHasNotSigned(version, data.partyId),
    annexVersionIsNotSuperseded(state, data.version),
    dayIsPastOrToday('signedOn', data.signedOn, facts.today),
    signatureIsNotBeforeDecision(version, data.signedOn),
  );
  return [{ type: 'AnnexVersionSigned', schemaVersion: 1, data }];
};

/**
 * Pure: the handler reads the annex's stream, folds it, establishes the facts (today, the
 * agreement's parties, a checked meeting paragraph) and appends what this returns at the loaded
 * revision. Throws `BusinessRuleBrokenError` when a rule refuses.
 */
export const decideAnnex = (command: AnnexCommand, state: AnnexState, facts?: AnnexFacts): AnnexEvent[] => {
  if (command.type === 'CreateAnnex') return createAnnex(command, state);
  // No default day or parties: a forgotten fact must fail loudly, not judge against an invented one.
  if (facts === undefined) throw new Error(`${command.type} needs the facts the API established (today, the agreement's parties)`);
  switch (command.type) {
    case 'DraftAnnexVersion':
      return draftVersion(command, state, facts);
    case 'DecideAnnexVersion':
      return decideVersion(command, state, facts);
    case 'SignAnnexVersion':
      return signVersion(command, state, facts);
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown annex command: ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** The decider as one value, in Emmett's shape, for handlers and specs. */
export const annexDecider = { decide: decideAnnex, evolve: evolveAnnex, initialState: initialAnnexState } as const;
