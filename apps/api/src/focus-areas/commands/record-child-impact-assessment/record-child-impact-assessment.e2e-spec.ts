import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('record child impact assessment (PUT /focus-areas/{id}/child-impact-assessment)', () => {
  const spec = apiSpecification();
  const assessment = { summary: 'Åtgärderna rör platser där unga vistas.', conclusion: 'Positiv för barn.' };

  it('records the assessment in measures', () => {
    const fa = lommaFocusArea('child-impact-happy');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/child-impact-assessment`, assessment))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 16 } }),
        expectNewEvents(fa.streamId, [{ type: 'ChildImpactAssessmentRecorded', data: assessment }], byCoordinator),
      ]);
  });

  it('refuses a missing conclusion (400)', () => {
    const fa = lommaFocusArea('child-impact-invalid');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/child-impact-assessment`, { summary: assessment.summary }))
      .then([expectInvalidFields('conclusion')]);
  });

  it('is refused in mapping, before there are measures to assess (422)', () => {
    const fa = lommaFocusArea('child-impact-mapping');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/child-impact-assessment`, assessment))
      .then([expectError(422, { rule: 'TransitionNotAllowedFromStep' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('child-impact-rights');
    await spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/child-impact-assessment`, assessment))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/child-impact-assessment`, assessment))
      .then([expectError(404)]);
  });
});
