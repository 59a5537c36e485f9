import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('step back (POST /focus-areas/{id}/step-back)', () => {
  const spec = apiSpecification();

  it('goes back to an earlier step with a reason, without a council decision by default', () => {
    const fa = lommaFocusArea('step-back-happy');
    return spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/step-back`, { to: 'mapping', reason: 'Ny trygghetsmätning.' }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 12 } }),
        expectNewEvents(fa.streamId, [{ type: 'SteppedBack', data: { from: 'analysis', to: 'mapping', reason: 'Ny trygghetsmätning.' } }], byCoordinator),
      ]);
  });

  it('refuses a target that is not earlier (422)', () => {
    const fa = lommaFocusArea('step-back-forward');
    return spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/step-back`, { to: 'measures', reason: 'Fel håll.' }))
      .then([expectError(422, { rule: 'StepBackTargetMustBeEarlier' })]);
  });

  it('refuses an unknown step and a missing reason (400)', () => {
    const fa = lommaFocusArea('step-back-invalid');
    return spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/step-back`, { to: 'evaluation' }))
      .then([expectInvalidFields('reason', 'to')]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('step-back-rights');
    const body = { to: 'mapping', reason: 'Ny information.' };
    await spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/step-back`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/step-back`, body))
      .then([expectError(404)]);
  });
});
