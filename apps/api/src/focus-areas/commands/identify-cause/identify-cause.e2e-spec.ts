import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('identify cause (POST /focus-areas/{id}/causes)', () => {
  const spec = apiSpecification();
  const cause = { description: 'Dålig belysning vid kajen', factor: 'place' };

  it('records the cause under a new id in analysis', () => {
    const fa = lommaFocusArea('identify-cause-happy');
    return spec
      .given(fa.at('inAnalysis'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/causes`, cause))
      .then([
        expectResponse(201, { body: { focusAreaId: fa.focusAreaId, causeId: generatedId(1), revision: 11 } }),
        expectNewEvents(fa.streamId, [{ type: 'CauseIdentified', data: { causeId: generatedId(1), ...cause } }], byCoordinator),
      ]);
  });

  it('refuses an unknown factor (400)', () => {
    const fa = lommaFocusArea('identify-cause-invalid');
    return spec
      .given(fa.at('inAnalysis'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/causes`, { ...cause, factor: 'weather' }))
      .then([expectInvalidFields('factor')]);
  });

  it('is refused before the analysis step (422)', () => {
    const fa = lommaFocusArea('identify-cause-mapping');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/causes`, cause))
      .then([expectError(422, { rule: 'TransitionNotAllowedFromStep' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('identify-cause-rights');
    await spec
      .given(fa.at('inAnalysis'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/causes`, cause))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/causes`, cause))
      .then([expectError(404)]);
  });
});
