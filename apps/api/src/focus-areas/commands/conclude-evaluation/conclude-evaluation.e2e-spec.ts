import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, work } from '../../../../../../test/support/lomma-focus-area.js';

describe('conclude evaluation (PUT /focus-areas/{id}/conclusion)', () => {
  const spec = apiSpecification();

  it('records the conclusion of the evaluation', () => {
    const fa = lommaFocusArea('conclude-happy');
    return spec
      .given(fa.at('inEvaluation', work.outcome()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/conclusion`, { conclusion: 'Fortsätt ett år till.' }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 24 } }),
        expectNewEvents(fa.streamId, [{ type: 'EvaluationConcluded', data: { conclusion: 'Fortsätt ett år till.' } }], byCoordinator),
      ]);
  });

  it('refuses an empty conclusion (400)', () => {
    const fa = lommaFocusArea('conclude-invalid');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/conclusion`, { conclusion: '' }))
      .then([expectInvalidFields('conclusion')]);
  });

  it('is refused before the evaluation step (422)', () => {
    const fa = lommaFocusArea('conclude-too-early');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/conclusion`, { conclusion: 'För tidigt.' }))
      .then([expectError(422, { rule: 'TransitionNotAllowedFromStep' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('conclude-rights');
    const body = { conclusion: 'Klart.' };
    await spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/conclusion`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/conclusion`, body))
      .then([expectError(404)]);
  });
});
