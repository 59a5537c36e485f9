import {
  aboutField,
  checkRules,
  fieldRequired,
  noPersonalIdentityNumber,
  noPersonalIdentityNumberInId,
  rule,
  type BusinessRule,
} from '@samverkan/shared-kernel';
import type { OverallGoalRemoved, OverallGoalSet } from '../events.js';
import { agreementIsRegistered } from '../rules/role.rules.js';
import { overallGoalsOf, type AgreementState } from '../state.js';

export interface SetOverallGoal {
  readonly type: 'SetOverallGoal';
  readonly data: { readonly agreementId: string; readonly overallGoalId: string; readonly description: string };
}

export interface RemoveOverallGoal {
  readonly type: 'RemoveOverallGoal';
  readonly data: { readonly agreementId: string; readonly overallGoalId: string };
}

const OVERALL_GOAL_MAX = 1000;

export const overallGoalMustExistInAgreement = (state: AgreementState, overallGoalId: string): BusinessRule =>
  rule(
    'OverallGoalMustExist',
    'Det övergripande målet finns inte i samverkansöverenskommelsen.',
    () => state.status !== 'registered' || !overallGoalsOf(state).some((g) => g.overallGoalId === overallGoalId),
  );

const descriptionIsShort = (description: string): BusinessRule =>
  rule(
    'OverallGoalDescriptionTooLong',
    `Det övergripande målet får vara högst ${OVERALL_GOAL_MAX} tecken.`,
    () => description.length > OVERALL_GOAL_MAX,
    'description',
  );

/**
 * A coordinator states an overall goal of the agreement, or revises its wording under its id; the
 * focus areas' goals name it (GoalSet.overallGoalId). Free text is checked for personal identity numbers.
 */
export const setOverallGoal = (command: SetOverallGoal, state: AgreementState): OverallGoalSet[] => {
  const { agreementId, overallGoalId, description } = command.data;
  checkRules(
    agreementIsRegistered(state),
    noPersonalIdentityNumberInId('overallGoalId', overallGoalId),
    aboutField('description', fieldRequired('beskrivning', description)),
    aboutField('description', noPersonalIdentityNumber('beskrivning', description)),
    descriptionIsShort(description),
  );
  return [{ type: 'OverallGoalSet', schemaVersion: 1, data: { agreementId, overallGoalId, description: description.trim() } }];
};

/**
 * A coordinator removes an overall goal. Goals of focus areas that named it keep the id in their
 * history; the agreement page no longer lists it, and new goals cannot name it.
 */
export const removeOverallGoal = (command: RemoveOverallGoal, state: AgreementState): OverallGoalRemoved[] => {
  const { agreementId, overallGoalId } = command.data;
  checkRules(agreementIsRegistered(state), overallGoalMustExistInAgreement(state, overallGoalId));
  return [{ type: 'OverallGoalRemoved', schemaVersion: 1, data: { agreementId, overallGoalId } }];
};
