import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { givenAgreement, roleAssigned } from '../../../../../../test/support/given-agreement.js';

const coordinator = (agreementId: string) => roleAssigned(agreementId, 'lomma.samordnare', 'coordinator', 'kommunen', 'Säkerhetschef');
const representative = (agreementId: string) => roleAssigned(agreementId, 'lomma.rad.polis', 'councilRepresentative', 'polisen', 'Lokalpolisområdeschef');
const published = (agreementId: string) => ({ type: 'PublicPagePublished', data: { agreementId } });
const path = (agreementId: string) => `/agreements/${agreementId}/public-page/withdrawal`;
const reason = 'Sidan ses över inför nästa överenskommelse';

describe('take the page for residents down (POST /agreements/{id}/public-page/withdrawal)', () => {
  const spec = apiSpecification();

  it('takes the page down, with the reason', () =>
    spec
      .given(givenAgreement('withdraw-happy', coordinator('withdraw-happy'), published('withdraw-happy')))
      .when((api) => api.as('lomma.samordnare').post(path('withdraw-happy'), { reason }, { 'if-match': '"2"' }))
      .then([
        expectResponse(201, { body: { agreementId: 'withdraw-happy', revision: 3 } }),
        expectNewEvents(agreementStreamId('withdraw-happy'), [{ type: 'PublicPageWithdrawn', data: { agreementId: 'withdraw-happy', reason } }], {
          actorId: 'lomma.samordnare',
          actorRole: 'coordinator',
          onBehalfOfPartyId: 'kommunen',
        }),
      ]));

  it('refuses a missing reason (400 naming reason)', () =>
    spec
      .given(givenAgreement('withdraw-no-reason', coordinator('withdraw-no-reason'), published('withdraw-no-reason')))
      .when((api) => api.as('lomma.samordnare').post(path('withdraw-no-reason'), {}))
      .then([expectInvalidFields('reason')]));

  it('refuses a blank reason (422 naming the rule and the field)', () =>
    spec
      .given(givenAgreement('withdraw-blank', coordinator('withdraw-blank'), published('withdraw-blank')))
      .when((api) => api.as('lomma.samordnare').post(path('withdraw-blank'), { reason: '   ' }))
      .then([expectError(422, { rule: 'WithdrawalReasonIsGiven' })]));

  it('refuses a page that is not published (422 naming the rule)', () =>
    spec
      .given(givenAgreement('withdraw-unpublished', coordinator('withdraw-unpublished')))
      .when((api) => api.as('lomma.samordnare').post(path('withdraw-unpublished'), { reason }))
      .then([expectError(422, { rule: 'PublicPageIsPublished' })]));

  it('refuses a stale If-Match (412)', () =>
    spec
      .given(givenAgreement('withdraw-stale', coordinator('withdraw-stale'), published('withdraw-stale')))
      .when((api) => api.as('lomma.samordnare').post(path('withdraw-stale'), { reason }, { 'if-match': '"1"' }))
      .then([expectError(412)]));

  it('is refused to a council representative (403) and to an account without a role (404)', async () => {
    await spec
      .given(givenAgreement('withdraw-rights', representative('withdraw-rights'), published('withdraw-rights')))
      .when((api) => api.as('lomma.rad.polis').post(path('withdraw-rights'), { reason }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as('vellinge.samordnare').post(path('withdraw-rights'), { reason }))
      .then([expectError(404)]);
  });
});
