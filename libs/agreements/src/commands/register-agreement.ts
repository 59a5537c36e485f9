import { checkRules, fieldRequired } from '@samverkan/shared-kernel';
import type { DecisionPolicy } from '@samverkan/cycle';
import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import type { AgreementRegistered } from '../events.js';
import type { Obligation } from '../obligation.js';
import type { Party } from '../party.js';
import type { Period } from '../period.js';
import type { Council, DecisionRule, OperativeGroup, Signatory } from '../terms.js';
import { termsRules } from '../rules/terms.rules.js';
import { registrationTextsHoldNoPersonalIdentityNumber } from '../rules/free-text.rules.js';
import {
  agreementHasAtLeastTwoParties,
  agreementIdIsWellFormed,
  agreementIsNotAlreadyRegistered,
  obligationsAreWellFormed,
  organisationNumbersAreValid,
  partiesAreWellFormed,
  partyIdsAreUnique,
  periodIsValid,
} from '../rules/registration.rules.js';
import type { AgreementState } from '../state.js';

export interface RegisterAgreementData {
  readonly agreementId: string;
  readonly name: string;
  readonly municipality: string;
  readonly parties: readonly Party[];
  readonly period: Period;
  readonly council: Council;
  readonly operativeGroup?: OperativeGroup;
  /**
   * When absent the default applies: every forward transition needs a council decision, a child
   * impact assessment where a focus area concerns children and young people. A policy that leaves
   * out `childImpactAssessment` or `baselineMayFollow` gets the default for them.
   */
  readonly policy?: Partial<DecisionPolicy>;
  readonly obligations?: readonly Obligation[];
  readonly signatories?: readonly Signatory[];
  /** Consensus, the only rule the cycle implements, whether or not the request says so. */
  readonly decisionRule?: DecisionRule;
}

/** New agreements (and amended policies) get today's defaults for the settings a policy leaves out, written into the event. */
export const completePolicy = (policy: Partial<DecisionPolicy> | undefined): DecisionPolicy => ({
  decisionRequired: policy?.decisionRequired ?? DEFAULT_DECISION_POLICY.decisionRequired,
  childImpactAssessment: policy?.childImpactAssessment ?? DEFAULT_DECISION_POLICY.childImpactAssessment ?? 'childrenAndYoungPeople',
  baselineMayFollow: policy?.baselineMayFollow ?? DEFAULT_DECISION_POLICY.baselineMayFollow ?? false,
});

export interface RegisterAgreement {
  readonly type: 'RegisterAgreement';
  readonly data: RegisterAgreementData;
}

export const registerAgreement = (command: RegisterAgreement, state: AgreementState): AgreementRegistered[] => {
  const { data } = command;
  const obligations = data.obligations ?? [];
  checkRules(
    agreementIsNotAlreadyRegistered(state),
    agreementIdIsWellFormed(data.agreementId),
    fieldRequired('name', data.name),
    fieldRequired('municipality', data.municipality),
    fieldRequired('council.name', data.council.name),
    ...(data.operativeGroup ? [fieldRequired('operativeGroup.name', data.operativeGroup.name)] : []),
    agreementHasAtLeastTwoParties(data.parties),
    partiesAreWellFormed(data.parties),
    partyIdsAreUnique(data.parties),
    organisationNumbersAreValid(data.parties),
    periodIsValid(data.period),
    obligationsAreWellFormed(obligations),
    ...registrationTextsHoldNoPersonalIdentityNumber(data),
    ...termsRules({ ...data, policy: completePolicy(data.policy) }),
  );
  return [
    {
      type: 'AgreementRegistered',
      schemaVersion: 1,
      data: {
        agreementId: data.agreementId,
        name: data.name,
        municipality: data.municipality,
        parties: data.parties,
        period: data.period,
        council: data.council,
        ...(data.operativeGroup ? { operativeGroup: data.operativeGroup } : {}),
        policy: completePolicy(data.policy),
        obligations,
        ...(data.signatories ? { signatories: data.signatories } : {}),
        decisionRule: 'consensus',
      },
    },
  ];
};
