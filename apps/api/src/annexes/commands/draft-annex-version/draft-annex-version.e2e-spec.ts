import { describe, it } from '@jest/globals';
import { annexStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { coordinator, givenAgreementWithCouncil, givenAnnex, versionDecided, versionDrafted } from '../../given-annex.testing.js';

const draft = { text: 'Lägesbild 2025: otrygghet kring stationen.' };
const byCoordinator = { ...coordinator, onBehalfOfPartyId: 'kommunen' };

describe('draft annex version (POST /agreements/{id}/annexes/{annexId}/versions)', () => {
  const spec = apiSpecification();

  it('drafts version 1, binding every party', () =>
    spec
      .given(givenAgreementWithCouncil('dv-happy'), givenAnnex('dv-happy-lagesbild', 'dv-happy'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dv-happy/annexes/dv-happy-lagesbild/versions', draft))
      .then([
        expectResponse(201, { body: { annexId: 'dv-happy-lagesbild', version: 1, revision: 1 } }),
        expectNewEvents(
          annexStreamId('dv-happy-lagesbild'),
          [{ type: 'AnnexVersionDrafted', data: { version: 1, ...draft, files: [], bindingPartyIds: ['kommunen', 'polisen'] } }],
          byCoordinator,
        ),
      ]));

  it('drafts version 2 after a decided version 1', () =>
    spec
      .given(givenAgreementWithCouncil('dv-next'), givenAnnex('dv-next-lagesbild', 'dv-next', versionDrafted(1), versionDecided(1, '2025-01-10')))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dv-next/annexes/dv-next-lagesbild/versions', draft))
      .then([
        expectResponse(201, { body: { version: 2, revision: 3 } }),
        expectNewEvents(
          annexStreamId('dv-next-lagesbild'),
          [{ type: 'AnnexVersionDrafted', data: { version: 2, ...draft, files: [], bindingPartyIds: ['kommunen', 'polisen'] } }],
          byCoordinator,
        ),
      ]));

  it('refuses a text that is not text and a file without a hash (400)', () =>
    spec
      .given(givenAgreementWithCouncil('dv-invalid'), givenAnnex('dv-invalid-lagesbild', 'dv-invalid'))
      .when((api) =>
        api
          .as('lomma.samordnare')
          .post('/agreements/dv-invalid/annexes/dv-invalid-lagesbild/versions', { text: 5, files: [{ fileName: 'a.pdf', sha256: 'x' }] }),
      )
      .then([expectInvalidFields('text', 'files.0.sha256')]));

  it('refuses a file that was never uploaded (422)', () =>
    spec
      .given(givenAgreementWithCouncil('dv-nofile'), givenAnnex('dv-nofile-lagesbild', 'dv-nofile'))
      .when((api) =>
        api
          .as('lomma.samordnare')
          .post('/agreements/dv-nofile/annexes/dv-nofile-lagesbild/versions', { ...draft, files: [{ fileName: 'a.pdf', sha256: 'b'.repeat(64) }] }),
      )
      .then([expectError(422, { rule: 'AnnexFileIsUploaded', field: 'files[0].sha256' })]));

  it('refuses a situation picture that binds only one party (422)', () =>
    spec
      .given(givenAgreementWithCouncil('dv-one'), givenAnnex('dv-one-lagesbild', 'dv-one'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dv-one/annexes/dv-one-lagesbild/versions', { ...draft, bindingPartyIds: ['kommunen'] }))
      .then([expectError(422, { rule: 'AnnexBindsEveryParty', field: 'bindingPartyIds' })]));

  it('refuses a text with a personnummer (422)', () =>
    spec
      .given(givenAgreementWithCouncil('dv-pnr'), givenAnnex('dv-pnr-lagesbild', 'dv-pnr'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dv-pnr/annexes/dv-pnr-lagesbild/versions', { text: 'Kontakt 19811218-9876' }))
      .then([expectError(422, { rule: 'NoPersonalIdentityNumber' })]));

  it('refuses an If-Match older than the annex (412)', () =>
    spec
      .given(givenAgreementWithCouncil('dv-stale'), givenAnnex('dv-stale-lagesbild', 'dv-stale', versionDrafted(1)))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dv-stale/annexes/dv-stale-lagesbild/versions', draft, { 'if-match': '"0"' }))
      .then([expectError(412, { currentRevision: 1 })]));

  it('is refused to an auditor (403)', () =>
    spec
      .given(givenAgreementWithCouncil('dv-rights'), givenAnnex('dv-rights-lagesbild', 'dv-rights'))
      .when((api) => api.as('lomma.revisor').post('/agreements/dv-rights/annexes/dv-rights-lagesbild/versions', draft))
      .then([expectError(403)]));

  it('answers 404 for an annex of another agreement', () =>
    spec
      .given(givenAgreementWithCouncil('dv-other'), givenAgreementWithCouncil('dv-mine'), givenAnnex('dv-other-lagesbild', 'dv-other'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dv-mine/annexes/dv-other-lagesbild/versions', draft))
      .then([expectError(404)]));
});
