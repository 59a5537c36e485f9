import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { givenAgreement } from '../../../../../../test/support/given-agreement.js';
import { amendmentRoles, joinKriminalvarden } from '../../../../../../test/support/given-amendment.js';

describe('propose amendment (POST /agreements/{id}/amendments)', () => {
  const spec = apiSpecification();
  const path = (agreementId: string) => `/agreements/${agreementId}/amendments`;

  it('records the proposal, dated the day it is proposed, by the coordinator for their party', () =>
    spec
      .given(givenAgreement('amend-propose', ...amendmentRoles('amend-propose')))
      .when((api) => api.as('lomma.samordnare').post(path('amend-propose'), joinKriminalvarden))
      .then([
        expectResponse(201, { body: { agreementId: 'amend-propose', amendmentId: 'add-kriminalvarden', revision: 5 }, headers: { etag: '"5"' } }),
        expectNewEvents(
          agreementStreamId('amend-propose'),
          [{ type: 'AmendmentProposed', data: { agreementId: 'amend-propose', ...joinKriminalvarden, proposedOn: '2025-03-14' } }],
          { actorId: 'lomma.samordnare', actorRole: 'coordinator', onBehalfOfPartyId: 'kommunen' },
        ),
      ]));

  it('refuses malformed fields, naming each (400)', () =>
    spec
      .given(givenAgreement('amend-invalid', ...amendmentRoles('amend-invalid')))
      .when((api) =>
        api.as('lomma.samordnare').post(path('amend-invalid'), {
          ...joinKriminalvarden,
          effectiveFrom: 'i juni',
          changes: [{ kind: 'mergeParties' }, { kind: 'addParty', signatory: { function: 'Regionchef', signedOn: '2025-05-20' } }],
        }),
      )
      .then([expectInvalidFields('effectiveFrom', 'changes.0.kind', 'changes.1.party')]));

  it('refuses removing a party from an agreement of two (422 naming the rule)', () =>
    spec
      .given(givenAgreement('amend-two', ...amendmentRoles('amend-two')))
      .when((api) => api.as('lomma.samordnare').post(path('amend-two'), { ...joinKriminalvarden, changes: [{ kind: 'removeParty', partyId: 'polisen' }] }))
      .then([expectError(422, { rule: 'AgreementHasAtLeastTwoParties' })]));

  it('refuses a stale If-Match (412)', () =>
    spec
      .given(givenAgreement('amend-stale', ...amendmentRoles('amend-stale')))
      .when((api) => api.as('lomma.samordnare').post(path('amend-stale'), joinKriminalvarden, { 'if-match': '"2"' }))
      .then([expectError(412)]));

  it('is refused to a council representative (403), to an account without a role (404) and to the anonymous (401)', async () => {
    await spec
      .given(givenAgreement('amend-rights', ...amendmentRoles('amend-rights')))
      .when((api) => api.as('lomma.rad.polis').post(path('amend-rights'), joinKriminalvarden))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as('vellinge.samordnare').post(path('amend-rights'), joinKriminalvarden))
      .then([expectError(404)]);
    await spec
      .given()
      .when((api) => api.anonymous().post(path('amend-rights'), joinKriminalvarden))
      .then([expectError(401)]);
  });
});
