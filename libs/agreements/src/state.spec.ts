import { describe, it, expect } from '@jest/globals';
import { evolveAgreement, foldAgreement, initialAgreementState } from './state.js';
import { lommaRegistered, policeRepresentative, roleAssigned } from './testing/fixtures.js';

describe('agreement state', () => {
  it('is unregistered before any event', () => {
    expect(foldAgreement([])).toEqual({ status: 'unregistered' });
  });

  it('holds what was registered, with no roles yet', () => {
    const state = foldAgreement([lommaRegistered()]);
    expect(state).toEqual({ status: 'registered', ...lommaRegistered().data, roles: [] });
  });

  it('holds the roles assigned, without repeating the agreement id', () => {
    const state = foldAgreement([lommaRegistered(), roleAssigned(policeRepresentative)]);
    expect(state.status === 'registered' && state.roles).toEqual([policeRepresentative]);
  });

  it('forgets a role once it is revoked, and only that one', () => {
    const substitute = { ...policeRepresentative, userId: 'lomma.ersattare.polis', role: 'councilSubstitute' as const };
    const { function: _function, ...key } = policeRepresentative;
    const state = foldAgreement([
      lommaRegistered(),
      roleAssigned(policeRepresentative),
      roleAssigned(substitute),
      { type: 'RoleRevoked', schemaVersion: 1, data: { agreementId: 'lomma-2023-2027', ...key } },
    ]);
    expect(state.status === 'registered' && state.roles).toEqual([substitute]);
  });

  it('ignores a role event on an unregistered agreement, so that replay never fails', () => {
    expect(evolveAgreement(initialAgreementState(), roleAssigned(policeRepresentative))).toEqual({ status: 'unregistered' });
  });

  it('ignores a second registration', () => {
    const once = foldAgreement([lommaRegistered()]);
    const renamed = { ...lommaRegistered(), data: { ...lommaRegistered().data, name: 'Annan' } };
    expect(evolveAgreement(once, renamed)).toBe(once);
  });
});
