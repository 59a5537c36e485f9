import { describe, it } from '@jest/globals';
import { annexStreamId } from '@samverkan/shared-kernel';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { coordinator, givenAgreementWithCouncil, givenAnnex } from '../../given-annex.testing.js';

describe('create annex (POST /agreements/{id}/annexes)', () => {
  const spec = apiSpecification();

  it('opens the situation picture under its fixed id', () =>
    spec
      .given(givenAgreementWithCouncil('ca-happy'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/ca-happy/annexes', { kind: 'situationPicture', title: 'Lägesbild Lomma' }))
      .then([
        expectResponse(201, { body: { annexId: 'ca-happy-lagesbild', revision: 0 } }),
        expectNewEvents(
          annexStreamId('ca-happy-lagesbild'),
          [{ type: 'AnnexCreated', data: { annexId: 'ca-happy-lagesbild', agreementId: 'ca-happy', kind: 'situationPicture', title: 'Lägesbild Lomma' } }],
          { ...coordinator, onBehalfOfPartyId: 'kommunen' },
        ),
      ]));

  it('opens a citizen promise under a new id', () =>
    spec
      .given(givenAgreementWithCouncil('ca-promise'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/ca-promise/annexes', { kind: 'citizenPromise', title: 'Medborgarlöfte centrum' }))
      .then([
        expectResponse(201, { body: { annexId: generatedId(1) } }),
        expectNewEvents(
          (idOf) => annexStreamId(idOf(1)),
          [
            {
              type: 'AnnexCreated',
              data: { annexId: generatedId(1), agreementId: 'ca-promise', kind: 'citizenPromise', title: 'Medborgarlöfte centrum' },
            },
          ],
          { ...coordinator, onBehalfOfPartyId: 'kommunen' },
        ),
      ]));

  it('refuses an unknown kind and a missing title (400)', () =>
    spec
      .given(givenAgreementWithCouncil('ca-invalid'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/ca-invalid/annexes', { kind: 'budget' }))
      .then([expectInvalidFields('kind', 'title')]));

  it('refuses a second situation picture (422)', () =>
    spec
      .given(givenAgreementWithCouncil('ca-twice'), givenAnnex('ca-twice-lagesbild', 'ca-twice'))
      .when((api) => api.as('lomma.samordnare').post('/agreements/ca-twice/annexes', { kind: 'situationPicture', title: 'Igen' }))
      .then([expectError(422, { rule: 'AnnexMustNotExist' })]));

  it('is refused to a council representative (403)', () =>
    spec
      .given(givenAgreementWithCouncil('ca-rights'))
      .when((api) => api.as('lomma.rad.polis').post('/agreements/ca-rights/annexes', { kind: 'actionPlan', title: 'Åtgärdsplan' }))
      .then([expectError(403)]));

  it('is refused without signing in (401)', () =>
    spec
      .given(givenAgreementWithCouncil('ca-anon'))
      .when((api) => api.anonymous().post('/agreements/ca-anon/annexes', { kind: 'actionPlan', title: 'Åtgärdsplan' }))
      .then([expectError(401)]));

  it('answers 404 for an agreement that does not exist', () =>
    spec
      .given()
      .when((api) => api.as('lomma.samordnare').post('/agreements/ca-none/annexes', { kind: 'actionPlan', title: 'Åtgärdsplan' }))
      .then([expectError(404)]));
});
