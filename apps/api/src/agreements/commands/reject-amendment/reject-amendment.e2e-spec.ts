import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { givenAgreement } from '../../../../../../test/support/given-agreement.js';
import { amendmentRoles, joinKriminalvarden, proposed } from '../../../../../../test/support/given-amendment.js';

const pending = (agreementId: string) => givenAgreement(agreementId, ...amendmentRoles(agreementId), proposed(agreementId));
const rejections = (agreementId: string) => `/agreements/${agreementId}/amendments/${joinKriminalvarden.amendmentId}/rejections`;
const reason = 'Kostnadsfördelningen för den nya parten behöver beskrivas först.';

describe('reject amendment (POST /agreements/{id}/amendments/{amendmentId}/rejections)', () => {
  const spec = apiSpecification();

  it('records the rejection with its reason for the representative’s party', () =>
    spec
      .given(pending('reject-happy'))
      .when((api) => api.as('lomma.rad.kommun').post(rejections('reject-happy'), { reason }))
      .then([
        expectResponse(200, { body: { agreementId: 'reject-happy', amendmentId: 'add-kriminalvarden', revision: 6 } }),
        expectNewEvents(
          agreementStreamId('reject-happy'),
          [{ type: 'AmendmentRejected', data: { agreementId: 'reject-happy', amendmentId: 'add-kriminalvarden', partyId: 'kommunen', reason } }],
          { actorId: 'lomma.rad.kommun', actorRole: 'councilRepresentative', onBehalfOfPartyId: 'kommunen' },
        ),
      ]));

  it('refuses a rejection without a reason (400)', () =>
    spec
      .given(pending('reject-invalid'))
      .when((api) => api.as('lomma.rad.kommun').post(rejections('reject-invalid'), {}))
      .then([expectInvalidFields('reason')]));

  it('refuses a reason that holds a personnummer (422 naming the rule)', () =>
    spec
      .given(pending('reject-pin'))
      .when((api) => api.as('lomma.rad.kommun').post(rejections('reject-pin'), { reason: 'Gäller 811218-9876' }))
      .then([expectError(422, { rule: 'NoPersonalIdentityNumber' })]));

  it('is refused for a party the user does not decide for (403), and to an account without a role (404)', async () => {
    await spec
      .given(pending('reject-rights'))
      .when((api) => api.as('lomma.rad.kommun').post(rejections('reject-rights'), { reason, partyId: 'polisen' }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as('kavlinge.rad.kommun').post(rejections('reject-rights'), { reason }))
      .then([expectError(404)]);
  });
});
