import {
  aboutField,
  checkRule,
  checkRules,
  fieldRequired,
  noPersonalIdentityNumber,
  noPersonalIdentityNumberInId,
  type IsoDate,
} from '@samverkan/shared-kernel';
import { amendTerms, type AddParty, type AmendmentChange } from '../amendments/amendment-change.js';
import type { AmendmentProposed } from '../events.js';
import {
  addedPartyIsNotAlreadyAParty,
  amendmentHasChanges,
  amendmentIdIsNew,
  amendmentTakesEffectAfterTheLatestVersion,
  amendmentTakesEffectWithinThePeriod,
  noAmendmentIsPending,
  removedPartyIsAParty,
} from '../rules/amendment.rules.js';
import {
  agreementHasAtLeastTwoParties,
  organisationNumbersAreValid,
  partiesAreWellFormed,
  partyIdsAreUnique,
  periodIsValid,
} from '../rules/registration.rules.js';
import { agreementIsRegistered } from '../rules/role.rules.js';
import { termsRules } from '../rules/terms.rules.js';
import type { AgreementState, RegisteredAgreement } from '../state.js';
import { completePolicy } from './register-agreement.js';
import { termsOf } from '../terms.js';

export interface ProposeAmendmentData {
  readonly agreementId: string;
  readonly amendmentId: string;
  /** The day it is proposed (the command's clock): the parties in force that day must all approve. */
  readonly proposedOn: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly grounds: string;
  readonly changes: readonly AmendmentChange[];
}

export interface ProposeAmendment {
  readonly type: 'ProposeAmendment';
  readonly data: ProposeAmendmentData;
}

const AS_CHANGES = (): string => 'changes';

const changeRules = (state: RegisteredAgreement, changes: readonly AmendmentChange[]) => {
  const latest = state.termsHistory[state.termsHistory.length - 1]?.terms ?? termsOf(state);
  const added = changes.filter((c): c is AddParty => c.kind === 'addParty').map((c) => c.party);
  const periods = changes.flatMap((c) => (c.kind === 'changePeriod' ? [c.period] : []));
  const amended = amendTerms(latest, changes);
  return {
    amended,
    rules: [
      addedPartyIsNotAlreadyAParty(latest, changes),
      removedPartyIsAParty(latest, changes),
      aboutField('changes', partiesAreWellFormed(added)),
      aboutField('changes', organisationNumbersAreValid(added)),
      ...periods.map((period) => aboutField('changes', periodIsValid(period))),
      aboutField('changes', agreementHasAtLeastTwoParties(amended.parties)),
      aboutField('changes', partyIdsAreUnique(amended.parties)),
      ...added.flatMap((party) => [noPersonalIdentityNumberInId('changes', party.partyId), noPersonalIdentityNumber('changes', party.name)]),
      ...termsRules(amended, AS_CHANGES),
    ],
  };
};

/** A coordinator proposes to amend the agreement; the parties in force decide it by consensus. */
export const proposeAmendment = (command: ProposeAmendment, state: AgreementState): AmendmentProposed[] => {
  checkRule(agreementIsRegistered(state));
  if (state.status !== 'registered') return [];
  // A policy given without its newer settings gets today's defaults, as a registration does.
  const changes = command.data.changes.map((c) => (c.kind === 'changePolicy' ? { ...c, policy: completePolicy(c.policy) } : c));
  const data = { ...command.data, changes };
  const { amended, rules } = changeRules(state, changes);
  checkRules(
    noAmendmentIsPending(state),
    amendmentIdIsNew(state, data.amendmentId),
    noPersonalIdentityNumberInId('amendmentId', data.amendmentId),
    fieldRequired('grounds', data.grounds),
    noPersonalIdentityNumber('grounds', data.grounds),
    amendmentHasChanges(changes),
    amendmentTakesEffectAfterTheLatestVersion(state, data.effectiveFrom),
    ...rules,
    amendmentTakesEffectWithinThePeriod(amended, data.effectiveFrom),
  );
  return [{ type: 'AmendmentProposed', schemaVersion: 1, data }];
};
