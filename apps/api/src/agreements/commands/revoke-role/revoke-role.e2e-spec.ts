import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { ADMIN, byAdministrator, givenAgreement, roleAssigned } from '../../../../../../test/support/given-agreement.js';

describe('revoke role (DELETE /agreements/{id}/roles?userId&role&partyId)', () => {
  const spec = apiSpecification();
  const held = (agreementId: string) => roleAssigned(agreementId, 'lomma.rad.polis', 'councilRepresentative', 'polisen', 'Lokalpolisområdeschef');

  it('revokes a role the account holds', () =>
    spec
      .given(givenAgreement('revoke-happy', held('revoke-happy')))
      .when((api) => api.as(ADMIN).delete('/agreements/revoke-happy/roles?userId=lomma.rad.polis&role=councilRepresentative&partyId=polisen'))
      .then([
        expectResponse(200, { body: { agreementId: 'revoke-happy', revision: 2 } }),
        expectNewEvents(
          agreementStreamId('revoke-happy'),
          [{ type: 'RoleRevoked', data: { agreementId: 'revoke-happy', userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: 'polisen' } }],
          byAdministrator,
        ),
      ]));

  it('refuses a query without a role (400)', () =>
    spec
      .given(givenAgreement('revoke-invalid', held('revoke-invalid')))
      .when((api) => api.as(ADMIN).delete('/agreements/revoke-invalid/roles?userId=lomma.rad.polis'))
      .then([expectInvalidFields('role')]));

  it('refuses a role the account does not hold (422)', () =>
    spec
      .given(givenAgreement('revoke-not-held'))
      .when((api) => api.as(ADMIN).delete('/agreements/revoke-not-held/roles?userId=lomma.rad.polis&role=councilRepresentative&partyId=polisen'))
      .then([expectError(422, { rule: 'RoleIsAssigned' })]));

  it('is refused to anyone but the administrator (403)', () =>
    spec
      .given(givenAgreement('revoke-rights', held('revoke-rights')))
      .when((api) => api.as('lomma.rad.polis').delete('/agreements/revoke-rights/roles?userId=lomma.rad.polis&role=councilRepresentative&partyId=polisen'))
      .then([expectError(403)]));
});
