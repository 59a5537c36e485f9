import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { givenAgreement, roleAssigned } from '../../../../../../test/support/given-agreement.js';

const coordinator = (agreementId: string) => roleAssigned(agreementId, 'lomma.samordnare', 'coordinator', 'kommunen', 'Säkerhetschef');
const auditor = (agreementId: string) => roleAssigned(agreementId, 'lomma.revisor', 'auditor', undefined, 'Revisor');
const published = (agreementId: string) => ({ type: 'PublicPagePublished', data: { agreementId } });
const path = (agreementId: string) => `/agreements/${agreementId}/public-page`;

describe('publish the page for residents (POST /agreements/{id}/public-page)', () => {
  const spec = apiSpecification();

  it('publishes the page, as the coordinator for their party', () =>
    spec
      .given(givenAgreement('publish-happy', coordinator('publish-happy')))
      .when((api) => api.as('lomma.samordnare').post(path('publish-happy'), undefined, { 'if-match': '"1"' }))
      .then([
        expectResponse(201, { body: { agreementId: 'publish-happy', revision: 2 }, headers: { etag: '"2"' } }),
        expectNewEvents(agreementStreamId('publish-happy'), [{ type: 'PublicPagePublished', data: { agreementId: 'publish-happy' } }], {
          actorId: 'lomma.samordnare',
          actorRole: 'coordinator',
          onBehalfOfPartyId: 'kommunen',
        }),
      ]));

  it('refuses an If-Match that is not an ETag (400 naming If-Match)', () =>
    spec
      .given(givenAgreement('publish-bad-etag', coordinator('publish-bad-etag')))
      .when((api) => api.as('lomma.samordnare').post(path('publish-bad-etag'), undefined, { 'if-match': 'igår' }))
      .then([expectInvalidFields('If-Match')]));

  it('refuses a stale If-Match (412)', () =>
    spec
      .given(givenAgreement('publish-stale', coordinator('publish-stale')))
      .when((api) => api.as('lomma.samordnare').post(path('publish-stale'), undefined, { 'if-match': '"0"' }))
      .then([expectError(412)]));

  it('refuses a page already published (422 naming the rule)', () =>
    spec
      .given(givenAgreement('publish-twice', coordinator('publish-twice'), published('publish-twice')))
      .when((api) => api.as('lomma.samordnare').post(path('publish-twice')))
      .then([expectError(422, { rule: 'PublicPageIsNotPublished' })]));

  it('is refused to an auditor (403), to an account without a role (404) and without signing in (401)', async () => {
    await spec
      .given(givenAgreement('publish-rights', auditor('publish-rights')))
      .when((api) => api.as('lomma.revisor').post(path('publish-rights')))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as('vellinge.samordnare').post(path('publish-rights')))
      .then([expectError(404)]);
    await spec
      .given()
      .when((api) => api.anonymous().post(path('publish-rights')))
      .then([expectError(401)]);
  });
});
