import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, work } from '../../../../../../test/support/lomma-focus-area.js';

describe('remove goal (DELETE /focus-areas/{id}/goals/{goalId})', () => {
  const spec = apiSpecification();

  it('removes a goal no measure serves', () => {
    const fa = lommaFocusArea('remove-goal-happy');
    return spec
      .given(fa.at('inMeasures', work.goal('goal-2')))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/goals/goal-2`))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 17 } }),
        expectNewEvents(fa.streamId, [{ type: 'GoalRemoved', data: { goalId: 'goal-2' } }], byCoordinator),
      ]);
  });

  it('refuses to remove a goal a measure is linked to (422)', () => {
    const fa = lommaFocusArea('remove-goal-linked');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/goals/goal-1`))
      .then([expectError(422, { rule: 'GoalMustNotBeLinkedToMeasure' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('remove-goal-rights');
    await spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).delete(`${fa.path}/goals/goal-1`))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).delete(`${fa.path}/goals/goal-1`))
      .then([expectError(404)]);
  });
});
