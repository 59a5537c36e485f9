import { describe, expect, it } from '@jest/globals';
import { BusinessRuleBrokenError } from '@samverkan/shared-kernel';
import { decideAgreement } from '../decide.js';
import { toAgreementFacts } from '../queries.js';
import { foldAgreement, initialAgreementState, type AgreementState } from '../state.js';
import type { AgreementEvent } from '../events.js';
import { lommaRegistered } from '../testing/fixtures.js';

const AGREEMENT = 'lomma-2023-2027';
const set = (overallGoalId: string, description: string) =>
  ({ type: 'SetOverallGoal', data: { agreementId: AGREEMENT, overallGoalId, description } }) as const;
const goalSet = (overallGoalId: string, description: string): AgreementEvent => ({
  type: 'OverallGoalSet',
  schemaVersion: 1,
  data: { agreementId: AGREEMENT, overallGoalId, description },
});
const refusal = (attempt: () => unknown): BusinessRuleBrokenError => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof BusinessRuleBrokenError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};
const state = (...events: AgreementEvent[]): AgreementState => foldAgreement([lommaRegistered(), ...events]);

describe('overall goals of the agreement', () => {
  it('states an overall goal', () => {
    expect(decideAgreement(set('og-trygghet', 'Ökad trygghet i centrum'), state())).toEqual([goalSet('og-trygghet', 'Ökad trygghet i centrum')]);
  });

  it('revises an overall goal set again under its id, and gives its ids to the focus areas', () => {
    const after = state(
      goalSet('og-trygghet', 'Ökad trygghet'),
      goalSet('og-unga', 'Färre unga i brott'),
      goalSet('og-trygghet', 'Ökad trygghet i centrum'),
    );
    expect(after.status === 'registered' && after.overallGoals).toEqual([
      { overallGoalId: 'og-trygghet', description: 'Ökad trygghet i centrum' },
      { overallGoalId: 'og-unga', description: 'Färre unga i brott' },
    ]);
    expect(toAgreementFacts(after).overallGoalIds).toEqual(['og-trygghet', 'og-unga']);
  });

  it('refuses a blank description and a personal identity number, naming the field', () => {
    expect(refusal(() => decideAgreement(set('og-1', '  '), state()))).toMatchObject({ ruleName: 'FieldRequired', field: 'description' });
    expect(refusal(() => decideAgreement(set('og-1', 'Trygghet för 19800101-1234'), state()))).toMatchObject({
      ruleName: 'NoPersonalIdentityNumber',
      field: 'description',
    });
  });

  it('refuses an agreement that is not registered', () => {
    expect(refusal(() => decideAgreement(set('og-1', 'Trygghet'), initialAgreementState()))).toMatchObject({ ruleName: 'AgreementIsRegistered' });
  });

  it('removes an overall goal, and refuses one the agreement does not state', () => {
    const remove = (overallGoalId: string) => ({ type: 'RemoveOverallGoal', data: { agreementId: AGREEMENT, overallGoalId } }) as const;
    const withGoal = state(goalSet('og-1', 'Trygghet'));
    expect(decideAgreement(remove('og-1'), withGoal)).toEqual([
      { type: 'OverallGoalRemoved', schemaVersion: 1, data: { agreementId: AGREEMENT, overallGoalId: 'og-1' } },
    ]);
    expect(refusal(() => decideAgreement(remove('og-2'), withGoal))).toMatchObject({ ruleName: 'OverallGoalMustExist' });
    const removed = state(goalSet('og-1', 'Trygghet'), {
      type: 'OverallGoalRemoved',
      schemaVersion: 1,
      data: { agreementId: AGREEMENT, overallGoalId: 'og-1' },
    });
    expect(toAgreementFacts(removed).overallGoalIds).toBeUndefined();
  });
});
