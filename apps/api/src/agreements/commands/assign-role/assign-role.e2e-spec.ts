import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { ADMIN, byAdministrator, givenAgreement, roleAssigned } from '../../../../../../test/support/given-agreement.js';

describe('assign role (POST /agreements/{id}/roles)', () => {
  const spec = apiSpecification();
  const representative = { userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: 'polisen', function: 'Lokalpolisområdeschef' };

  it('assigns a council role for a party of the agreement', () =>
    spec
      .given(givenAgreement('assign-happy'))
      .when((api) => api.as(ADMIN).post('/agreements/assign-happy/roles', representative))
      .then([
        expectResponse(200, { body: { agreementId: 'assign-happy', revision: 1 } }),
        expectNewEvents(
          agreementStreamId('assign-happy'),
          [{ type: 'RoleAssigned', data: { agreementId: 'assign-happy', ...representative } }],
          byAdministrator,
        ),
      ]));

  it('refuses an unknown role and a missing function (400)', () =>
    spec
      .given(givenAgreement('assign-invalid'))
      .when((api) => api.as(ADMIN).post('/agreements/assign-invalid/roles', { userId: 'lomma.rad.polis', role: 'mayor' }))
      .then([expectInvalidFields('function', 'role')]));

  it('refuses an account that does not exist (422)', () =>
    spec
      .given(givenAgreement('assign-no-account'))
      .when((api) => api.as(ADMIN).post('/agreements/assign-no-account/roles', { ...representative, userId: 'no.such.user' }))
      .then([expectError(422, { rule: 'AccountMustExist' })]));

  it('refuses a party that is not in the agreement (422)', () =>
    spec
      .given(givenAgreement('assign-no-party'))
      .when((api) => api.as(ADMIN).post('/agreements/assign-no-party/roles', { ...representative, partyId: 'kriminalvarden' }))
      .then([expectError(422, { rule: 'PartyBelongsToAgreement' })]));

  it('is refused to anyone but the administrator (403)', () =>
    spec
      .given(givenAgreement('assign-rights', roleAssigned('assign-rights', 'lomma.samordnare', 'coordinator', 'kommunen', 'Säkerhetschef')))
      .when((api) => api.as('lomma.samordnare').post('/agreements/assign-rights/roles', representative))
      .then([expectError(403)]));
});
