import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('record problem statement (PUT /focus-areas/{id}/problem-statement)', () => {
  const spec = apiSpecification();
  const statement = { what: 'Stök och skadegörelse', where: 'Lomma hamn', when: 'Fredagskvällar', howOften: 'Varje helg' };

  it('records what, where, when and how often in mapping', () => {
    const fa = lommaFocusArea('problem-statement-happy');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/problem-statement`, statement))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 5 }, headers: { etag: '"5"' } }),
        expectNewEvents(fa.streamId, [{ type: 'ProblemStatementRecorded', data: statement }], byCoordinator),
      ]);
  });

  it('revises a recorded statement with another event, never by editing the first', () => {
    const fa = lommaFocusArea('problem-statement-revise');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/problem-statement`, { ...statement, howOften: 'Varannan helg' }))
      .then([
        expectResponse(200, { body: { revision: 7 } }),
        expectNewEvents(fa.streamId, [{ type: 'ProblemStatementRecorded', data: { ...statement, howOften: 'Varannan helg' } }], byCoordinator),
      ]);
  });

  it('refuses a missing field (400), naming it', () => {
    const fa = lommaFocusArea('problem-statement-invalid');
    const { howOften: _, ...withoutHowOften } = statement;
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/problem-statement`, withoutHowOften))
      .then([expectInvalidFields('howOften')]);
  });

  it('refuses a personal identity number in the text (422)', () => {
    const fa = lommaFocusArea('problem-statement-pin');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/problem-statement`, { ...statement, what: 'Gäller 19850101-1234' }))
      .then([expectError(422, { rule: 'NoPersonalIdentityNumber' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('problem-statement-rights');
    await spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/problem-statement`, statement))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/problem-statement`, statement))
      .then([expectError(404)]);
  });
});
