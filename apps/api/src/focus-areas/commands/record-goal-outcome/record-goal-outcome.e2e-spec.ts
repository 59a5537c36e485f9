import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('record goal outcome (PUT /focus-areas/{id}/goals/{goalId}/outcome)', () => {
  const spec = apiSpecification();
  const outcome = { production: 'Genomförd varje helg.', process: 'Bra uppslutning.', effect: { measuredValue: 1.4, comment: 'Målet nått.' } };

  it('records production, process and effect for a goal in evaluation', () => {
    const fa = lommaFocusArea('goal-outcome-happy');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/outcome`, outcome))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 23 } }),
        expectNewEvents(fa.streamId, [{ type: 'GoalOutcomeRecorded', data: { goalId: 'goal-1', ...outcome } }], byCoordinator),
      ]);
  });

  it('refuses an effect without a measured value (400)', () => {
    const fa = lommaFocusArea('goal-outcome-invalid');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/outcome`, { ...outcome, effect: { comment: 'Okänt.' } }))
      .then([expectError(400)]);
  });

  it('refuses a goal that is not in the plan (422)', () => {
    const fa = lommaFocusArea('goal-outcome-missing');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/no-such-goal/outcome`, outcome))
      .then([expectError(422, { rule: 'GoalMustExist' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('goal-outcome-rights');
    await spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/goals/goal-1/outcome`, outcome))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/goals/goal-1/outcome`, outcome))
      .then([expectError(404)]);
  });
});
