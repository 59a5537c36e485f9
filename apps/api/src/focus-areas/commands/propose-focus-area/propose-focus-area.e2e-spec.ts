import { describe, expect, it } from '@jest/globals';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, LOMMA, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('propose focus area (POST /agreements/{id}/focus-areas)', () => {
  const spec = apiSpecification();
  const focusArea = {
    title: 'Otrygghet i Lomma hamn',
    description: 'Trygghetsmätningen visar ett påtagligt problem kvällstid.',
    childrenAndYoungPeople: false,
  };

  it('starts a new focus area stream under a new id, answering 201 with Location and ETag', () =>
    spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`/agreements/${LOMMA}/focus-areas`, focusArea))
      .then([
        expectResponse(201, { body: { focusAreaId: generatedId(1), revision: 0 }, headers: { etag: '"0"' } }),
        { check: ({ response, idOf }) => expect(response.headers.get('location')).toBe(`/api/focus-areas/${idOf(1)}`) },
        expectNewEvents(
          (idOf) => focusAreaStreamId(idOf(1)),
          [{ type: 'FocusAreaProposed', data: { focusAreaId: generatedId(1), agreementId: LOMMA, ...focusArea } }],
          byCoordinator,
        ),
      ]));

  it('refuses a missing flag and too long a title, naming both fields (400)', () =>
    spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`/agreements/${LOMMA}/focus-areas`, { title: 'x'.repeat(201), description: 'y' }))
      .then([expectInvalidFields('childrenAndYoungPeople', 'title')]));

  it('refuses a personal identity number in the description (422)', () =>
    spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`/agreements/${LOMMA}/focus-areas`, { ...focusArea, description: 'Gäller 850101-1234.' }))
      .then([expectError(422, { rule: 'NoPersonalIdentityNumber' })]));

  it('is refused to a council member (403) and to users outside the agreement (404)', async () => {
    await spec
      .given()
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`/agreements/${LOMMA}/focus-areas`, focusArea))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`/agreements/${LOMMA}/focus-areas`, focusArea))
      .then([expectError(404)]);
  });
});
