import { describe, it } from '@jest/globals';
import type { RevokeRole } from './revoke-role.js';
import { agreementDecider } from '../decide.js';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { lommaRegistered, policeRepresentative, roleAssigned } from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);
const { function: _function, ...key } = policeRepresentative;
const revoke = (data: Omit<RevokeRole['data'], 'agreementId'> = key): RevokeRole => ({
  type: 'RevokeRole',
  data: { agreementId: 'lomma-2023-2027', ...data },
});

describe('revoke role', () => {
  it('takes the role from the user', () => {
    spec
      .given([lommaRegistered(), roleAssigned(policeRepresentative)])
      .when(revoke())
      .then([{ type: 'RoleRevoked', schemaVersion: 1, data: { agreementId: 'lomma-2023-2027', ...key } }]);
  });

  describe('refuses', () => {
    it('a role in an agreement not yet registered', () => {
      spec.given([]).when(revoke()).thenThrows('AgreementIsRegistered');
    });

    it('a role the user does not hold', () => {
      spec.given([lommaRegistered()]).when(revoke()).thenThrows('RoleIsAssigned');
    });

    it('a role the user holds for another party', () => {
      spec
        .given([lommaRegistered(), roleAssigned(policeRepresentative)])
        .when(revoke({ ...key, partyId: 'lomma-kommun' }))
        .thenThrows('RoleIsAssigned');
    });

    it('a role already revoked', () => {
      const revoked = { type: 'RoleRevoked' as const, schemaVersion: 1 as const, data: { agreementId: 'lomma-2023-2027', ...key } };
      spec
        .given([lommaRegistered(), roleAssigned(policeRepresentative), revoked])
        .when(revoke())
        .thenThrows('RoleIsAssigned');
    });
  });
});
