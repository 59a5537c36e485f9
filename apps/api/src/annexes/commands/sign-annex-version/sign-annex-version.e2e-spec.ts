import { describe, it } from '@jest/globals';
import { annexStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { givenAgreementWithCouncil, givenAnnex, versionDecided, versionDrafted, versionSigned } from '../../given-annex.testing.js';

const url = (agreementId: string, version = 1) => `/agreements/${agreementId}/annexes/${agreementId}-lagesbild/versions/${version}/signatures`;
const decidedAnnex = (agreementId: string, ...then: Parameters<typeof givenAnnex>[2][]) =>
  givenAnnex(`${agreementId}-lagesbild`, agreementId, versionDrafted(1), versionDecided(1, '2025-03-13'), ...then);

describe('sign annex version (POST …/annexes/{annexId}/versions/{version}/signatures)', () => {
  const spec = apiSpecification();

  it("records the police's signature by its council representative", () =>
    spec
      .given(givenAgreementWithCouncil('sg-happy'), decidedAnnex('sg-happy'))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-happy'), { signedOn: '2025-03-14' }))
      .then([
        expectResponse(200, { body: { annexId: 'sg-happy-lagesbild', revision: 3 } }),
        expectNewEvents(
          annexStreamId('sg-happy-lagesbild'),
          [{ type: 'AnnexVersionSigned', data: { version: 1, partyId: 'polisen', signedOn: '2025-03-14' } }],
          {
            actorId: 'lomma.rad.polis',
            actorRole: 'councilRepresentative',
            onBehalfOfPartyId: 'polisen',
          },
        ),
      ]));

  it('refuses a missing date and a malformed party (400)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-invalid'), decidedAnnex('sg-invalid'))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-invalid'), { partyId: 'Polisen!' }))
      .then([expectInvalidFields('signedOn', 'partyId')]));

  it('refuses a second signature of the same party (422)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-twice'), decidedAnnex('sg-twice', versionSigned(1, 'polisen', '2025-03-13')))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-twice'), { signedOn: '2025-03-14' }))
      .then([expectError(422, { rule: 'PartyHasNotSigned' })]));

  it('refuses signing a version the council has not decided (422)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-draft'), givenAnnex('sg-draft-lagesbild', 'sg-draft', versionDrafted(1)))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-draft'), { signedOn: '2025-03-14' }))
      .then([expectError(422, { rule: 'AnnexVersionIsDecided' })]));

  it('refuses a signature dated before the decision (422)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-early'), decidedAnnex('sg-early'))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-early'), { signedOn: '2025-03-12' }))
      .then([expectError(422, { rule: 'SignatureIsNotBeforeDecision', field: 'signedOn' })]));

  it('is refused to the coordinator, who is no council member (403)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-rights'), decidedAnnex('sg-rights'))
      .when((api) => api.as('lomma.samordnare').post(url('sg-rights'), { signedOn: '2025-03-14' }))
      .then([expectError(403)]));

  it('is refused for a party the representative does not sit for (403)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-other'), decidedAnnex('sg-other'))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-other'), { signedOn: '2025-03-14', partyId: 'kommunen' }))
      .then([expectError(403)]));

  it('refuses an If-Match older than the annex (412)', () =>
    spec
      .given(givenAgreementWithCouncil('sg-stale'), decidedAnnex('sg-stale'))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-stale'), { signedOn: '2025-03-14' }, { 'if-match': '"1"' }))
      .then([expectError(412, { currentRevision: 2 })]));

  it('answers 404 for an annex that does not exist', () =>
    spec
      .given(givenAgreementWithCouncil('sg-none'))
      .when((api) => api.as('lomma.rad.polis').post(url('sg-none'), { signedOn: '2025-03-14' }))
      .then([expectError(404)]));
});
