import { describe, it } from '@jest/globals';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { givenAgreement, roleAssigned } from '../../../../../../test/support/given-agreement.js';

describe('record obligation fulfilment (POST /agreements/{id}/obligation-fulfilments)', () => {
  const spec = apiSpecification();
  const coordinator = (agreementId: string) => roleAssigned(agreementId, 'lomma.samordnare', 'coordinator', 'kommunen', 'Säkerhetschef');
  const auditor = (agreementId: string) => roleAssigned(agreementId, 'lomma.revisor', 'auditor', undefined, 'Revisor');
  const meeting = { obligationKind: 'councilMeetings', fulfilledOn: '2025-03-12', note: 'Styrgruppens möte 1' };

  it('records that an obligation was carried out, on the day it was', () =>
    spec
      .given(givenAgreement('fulfil-happy', coordinator('fulfil-happy')))
      .when((api) => api.as('lomma.samordnare').post('/agreements/fulfil-happy/obligation-fulfilments', meeting))
      .then([
        expectResponse(201, { body: { agreementId: 'fulfil-happy', revision: 2 } }),
        expectNewEvents(agreementStreamId('fulfil-happy'), [{ type: 'ObligationFulfilled', data: { agreementId: 'fulfil-happy', ...meeting } }], {
          actorId: 'lomma.samordnare',
          actorRole: 'coordinator',
          onBehalfOfPartyId: 'kommunen',
        }),
      ]));

  it('refuses a day that is not a date (400)', () =>
    spec
      .given(givenAgreement('fulfil-invalid', coordinator('fulfil-invalid')))
      .when((api) => api.as('lomma.samordnare').post('/agreements/fulfil-invalid/obligation-fulfilments', { ...meeting, fulfilledOn: 'igår' }))
      .then([expectInvalidFields('fulfilledOn')]));

  it('refuses an obligation the agreement does not set (422)', () =>
    spec
      .given(givenAgreement('fulfil-not-set', coordinator('fulfil-not-set')))
      .when((api) =>
        api.as('lomma.samordnare').post('/agreements/fulfil-not-set/obligation-fulfilments', { ...meeting, obligationKind: 'citizenPromiseRenewal' }),
      )
      .then([expectError(422, { rule: 'AgreementHasObligation' })]));

  it('is refused to an auditor (403) and to an account without a role in the agreement (404)', async () => {
    await spec
      .given(givenAgreement('fulfil-rights', auditor('fulfil-rights')))
      .when((api) => api.as('lomma.revisor').post('/agreements/fulfil-rights/obligation-fulfilments', meeting))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as('vellinge.samordnare').post('/agreements/fulfil-rights/obligation-fulfilments', meeting))
      .then([expectError(404)]);
  });
});
