import { describe, it, expect } from '@jest/globals';
import { evolveAgreement, foldAgreement, initialAgreementState } from './state.js';
import { lommaRegistered, obligationFulfilled, policeRepresentative, roleAssigned } from './testing/fixtures.js';

describe('agreement state', () => {
  it('is unregistered before any event', () => {
    expect(foldAgreement([])).toEqual({ status: 'unregistered' });
  });

  it('holds what was registered, with no roles yet', () => {
    const state = foldAgreement([lommaRegistered()]);
    const { data } = lommaRegistered();
    const { agreementId: _id, name: _name, municipality: _municipality, obligations: _obligations, ...terms } = data;
    expect(state).toEqual({
      status: 'registered',
      ...data,
      roles: [],
      fulfilments: [],
      termsHistory: [{ effectiveFrom: '2023-01-01', amendmentId: null, terms }],
      amendments: [],
    });
  });

  it('loads a registration from before signatories and the decision rule were recorded unchanged, its policy without the newer settings', () => {
    const { policy: _policy, ...old } = lommaRegistered().data;
    const state = foldAgreement([
      { type: 'AgreementRegistered', schemaVersion: 1, data: { ...old, policy: { decisionRequired: lommaRegistered().data.policy.decisionRequired } } },
    ]);
    expect(state.status === 'registered' && state.policy).toEqual({ decisionRequired: lommaRegistered().data.policy.decisionRequired });
    expect(state.status === 'registered' && [state.signatories, state.decisionRule, state.council.chairPartyId]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
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

  it('keeps each fulfilment of an obligation, in the order recorded', () => {
    const later = { obligationKind: 'situationPictureUpdate' as const, fulfilledOn: '2024-11-05', note: 'Lägesbild 2024' };
    const earlier = { obligationKind: 'situationPictureUpdate' as const, fulfilledOn: '2023-10-02' };
    const state = foldAgreement([lommaRegistered(), obligationFulfilled(later), obligationFulfilled(earlier)]);
    expect(state.status === 'registered' && state.fulfilments).toEqual([later, earlier]);
  });

  it('ignores a fulfilment on an unregistered agreement', () => {
    const fulfilled = obligationFulfilled({ obligationKind: 'situationPictureUpdate', fulfilledOn: '2024-11-05' });
    expect(evolveAgreement(initialAgreementState(), fulfilled)).toEqual({ status: 'unregistered' });
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
