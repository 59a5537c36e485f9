import {
  BusinessRuleBrokenError,
  checkRule,
  checkRules,
  fieldRequired,
  noPersonalIdentityNumber,
  noPersonalIdentityNumberInId,
} from '@samverkan/shared-kernel';
import { decideAgreement, type AgreementCommand } from '../decide.js';
import { focusAreaIdsAreUnique, focusAreaIdsAreWellFormed, focusOnChildrenAndYoungPeople } from '../rules/seed.rules.js';
import { evolveAgreement, initialAgreementState, type AgreementState } from '../state.js';
import type { AgreementSeed } from './agreement-seed.js';
import { readAgreementSeed } from './read-agreement-seed.js';
import { AgreementSeedError } from './seed-error.js';
import { seedCommands } from './seed-commands.js';

/** Which part of the seed a registration rule judges, so that the error can name the field. */
const REGISTRATION_RULE_FIELD: Readonly<Record<string, string>> = {
  AgreementIdIsWellFormed: 'agreementId',
  AgreementHasAtLeastTwoParties: 'parties',
  PartiesAreWellFormed: 'parties',
  PartyIdsAreUnique: 'parties',
  OrganisationNumbersAreValid: 'parties',
  PeriodIsValid: 'period',
  ObligationsAreWellFormed: 'obligations',
};

/** Runs a judgement and turns a broken rule into a seed error on `field`. */
const judged = <T>(field: (ruleName: string, ruleField?: string) => string, run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof BusinessRuleBrokenError) throw new AgreementSeedError(field(error.ruleName, error.field), error.message, error.ruleName);
    throw error;
  }
};

const apply = (state: AgreementState, command: AgreementCommand): AgreementState => decideAgreement(command, state).reduce(evolveAgreement, state);

/**
 * Reads and judges one `config/agreements/*.json`: the shape field by field, then the content by
 * the very rules that judge a registration and each role assignment, so that a seed that loads
 * here also registers cleanly. Throws `AgreementSeedError` naming the field.
 */
export const parseAgreementSeed = (json: unknown): AgreementSeed => {
  const seed = readAgreementSeed(json);
  const commands = seedCommands(seed);
  let state = judged(
    // The terms' rules (signatories, chair, members) name their own field; the older ones are mapped here.
    (rule, ruleField) => REGISTRATION_RULE_FIELD[rule] ?? ruleField ?? 'agreement',
    () => apply(initialAgreementState(), commands.register),
  );
  commands.roles.forEach((command, i) => {
    state = judged(
      () => `roles[${i}]`,
      () => apply(state, command),
    );
  });
  judged(
    () => 'focusAreas',
    () => checkRules(focusAreaIdsAreWellFormed(seed.focusAreas), focusAreaIdsAreUnique(seed.focusAreas), focusOnChildrenAndYoungPeople(seed.focusAreas)),
  );
  seed.focusAreas.forEach((focusArea, i) =>
    judged(
      () => `focusAreas[${i}]`,
      () =>
        checkRules(
          fieldRequired('title', focusArea.title),
          fieldRequired('description', focusArea.description),
          noPersonalIdentityNumberInId('focusAreaId', focusArea.focusAreaId),
          noPersonalIdentityNumber('title', focusArea.title),
          noPersonalIdentityNumber('description', focusArea.description),
        ),
    ),
  );
  (seed.notes ?? []).forEach((note, i) =>
    judged(
      () => `notes[${i}]`,
      () => checkRule(noPersonalIdentityNumber('notes', note)),
    ),
  );
  return seed;
};
