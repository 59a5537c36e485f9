import { describe, it, expect } from '@jest/globals';
import { BusinessRuleBrokenError } from '@samverkan/shared-kernel';
import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import { isMember, mayDecideFor, partiesUserMayDecideFor, rolesOf, toAgreementFacts } from './queries.js';
import { foldAgreement, initialAgreementState } from './state.js';
import { lommaRegistered, policeRepresentative, roleAssigned } from './testing/fixtures.js';

const substitute = { ...policeRepresentative, userId: 'lomma.ersattare.polis', role: 'councilSubstitute' as const };
const coordinator = { userId: 'lomma.kommunpolis', role: 'coordinator' as const, partyId: 'lpo-kavlinge', function: 'Kommunpolis' };
const auditor = { userId: 'lomma.revisor', role: 'auditor' as const, function: 'Revisor' };
const twoParties = { userId: 'lomma.bada', role: 'councilRepresentative' as const, function: 'Ordförande' };

const state = foldAgreement([
  lommaRegistered(),
  roleAssigned(policeRepresentative),
  roleAssigned(substitute),
  roleAssigned(coordinator),
  roleAssigned(auditor),
  roleAssigned({ ...twoParties, partyId: 'lpo-kavlinge' }),
  roleAssigned({ ...twoParties, partyId: 'lomma-kommun' }),
]);

describe('agreement queries', () => {
  it('lists the roles a user holds', () => {
    expect(rolesOf(state, 'lomma.kommunpolis')).toEqual([coordinator]);
    expect(rolesOf(state, 'someone.else')).toEqual([]);
    expect(rolesOf(initialAgreementState(), 'lomma.kommunpolis')).toEqual([]);
  });

  it('counts any role as membership', () => {
    expect(isMember(state, 'lomma.revisor')).toBe(true);
    expect(isMember(state, 'lomma.kommunpolis')).toBe(true);
    expect(isMember(state, 'someone.else')).toBe(false);
  });

  describe('who may decide for a party', () => {
    it('the party’s representative may', () => {
      expect(mayDecideFor(state, 'lomma.rad.polis', 'lpo-kavlinge')).toBe(true);
    });

    it('the party’s substitute may', () => {
      expect(mayDecideFor(state, 'lomma.ersattare.polis', 'lpo-kavlinge')).toBe(true);
    });

    it('a representative of another party may not', () => {
      expect(mayDecideFor(state, 'lomma.rad.polis', 'lomma-kommun')).toBe(false);
    });

    it('a coordinator of that party may not', () => {
      expect(mayDecideFor(state, 'lomma.kommunpolis', 'lpo-kavlinge')).toBe(false);
    });

    it('an auditor may not', () => {
      expect(mayDecideFor(state, 'lomma.revisor', 'lpo-kavlinge')).toBe(false);
    });
  });

  it('lists the parties a user may decide for, in the agreement’s order', () => {
    expect(partiesUserMayDecideFor(state, 'lomma.bada')).toEqual(['lomma-kommun', 'lpo-kavlinge']);
    expect(partiesUserMayDecideFor(state, 'lomma.ersattare.polis')).toEqual(['lpo-kavlinge']);
    expect(partiesUserMayDecideFor(state, 'lomma.revisor')).toEqual([]);
  });

  it('gives the cycle machine the agreement’s parties, period and policy', () => {
    expect(toAgreementFacts(state)).toEqual({
      agreementId: 'lomma-2023-2027',
      partyIds: ['lomma-kommun', 'lpo-kavlinge'],
      period: { from: '2023-01-01', to: '2027-12-31' },
      policy: DEFAULT_DECISION_POLICY,
    });
  });

  it('refuses facts for an agreement not yet registered', () => {
    const attempt = () => toAgreementFacts(initialAgreementState());
    expect(attempt).toThrow(BusinessRuleBrokenError);
    expect(attempt).toThrow(expect.objectContaining({ ruleName: 'AgreementIsRegistered' }));
  });
});
