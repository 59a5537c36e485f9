import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import {
  byCoordinator,
  COORDINATOR,
  lommaFocusArea,
  newCycleStarted,
  MUNICIPALITY_COUNCIL,
  OUTSIDER,
} from '../../../../../../test/support/lomma-focus-area.js';

const newCycle = newCycleStarted;
/** Cycle 1 ended with measure-1 unfinished and a second source; cycle 2 waits in mapping. */
const inCycleTwo = (id: string) => lommaFocusArea(id).at('evaluationDone', ...newCycle);
// evaluationDone holds 25 events (revision 24); the new cycle adds 4: the stream stands at 28.
const REVISION = 28;

const keep = { fromCycle: 1, sourceIds: ['source-1'], causeIds: [], goalIds: ['goal-1'], measureIds: ['measure-1'] };

describe('carry work forward (POST /focus-areas/{id}/carried-work)', () => {
  const spec = apiSpecification();

  it('keeps the chosen source, goal and unfinished measure, with the cause the measure addresses', () => {
    const fa = lommaFocusArea('carry-happy');
    return spec
      .given(inCycleTwo(fa.focusAreaId))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, keep, { 'if-match': `"${REVISION}"` }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: REVISION + 1 }, headers: { etag: `"${REVISION + 1}"` } }),
        expectNewEvents(fa.streamId, [{ type: 'WorkCarriedForward', data: { ...keep, causeIds: ['cause-1'] } }], byCoordinator),
      ]);
  });

  it('refuses a field that is not a list of ids (400), naming it', () => {
    const fa = lommaFocusArea('carry-invalid');
    return spec
      .given(inCycleTwo(fa.focusAreaId))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, { ...keep, measureIds: 'measure-1', fromCycle: 'ett' }))
      .then([expectInvalidFields('fromCycle', 'measureIds')]);
  });

  it('refuses a measure without its goal (422), naming the rule and the field', () => {
    const fa = lommaFocusArea('carry-without-goal');
    return spec
      .given(inCycleTwo(fa.focusAreaId))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, { ...keep, goalIds: [] }))
      .then([expectError(422, { rule: 'CarriedMeasureNeedsItsGoal', field: 'goalIds' })]);
  });

  it('refuses an id cycle 1 does not hold (422)', () => {
    const fa = lommaFocusArea('carry-unknown');
    return spec
      .given(inCycleTwo(fa.focusAreaId))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, { ...keep, sourceIds: ['no-such-source'] }))
      .then([expectError(422, { rule: 'CarriedItemMustExist', field: 'sourceIds' })]);
  });

  it('refuses a second carry-forward in the same cycle (422)', () => {
    const fa = lommaFocusArea('carry-twice');
    return spec
      .given(lommaFocusArea(fa.focusAreaId).at('evaluationDone', ...newCycle, { type: 'WorkCarriedForward', data: { ...keep, causeIds: ['cause-1'] } }))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, keep))
      .then([expectError(422, { rule: 'WorkAlreadyCarriedForward' })]);
  });

  it('refuses in cycle 1 (422)', () => {
    const fa = lommaFocusArea('carry-cycle-one');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, keep))
      .then([expectError(422, { rule: 'CarryForwardNeedsNewCycle' })]);
  });

  it('refuses a stale If-Match (412)', () => {
    const fa = lommaFocusArea('carry-stale');
    return spec
      .given(inCycleTwo(fa.focusAreaId))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/carried-work`, keep, { 'if-match': `"${REVISION - 1}"` }))
      .then([expectError(412)]);
  });

  it('is refused without signing in (401), to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('carry-rights');
    await spec
      .given(inCycleTwo(fa.focusAreaId))
      .when((api) => api.anonymous().post(`${fa.path}/carried-work`, keep))
      .then([expectError(401)]);
    await spec
      .given()
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/carried-work`, keep))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/carried-work`, keep))
      .then([expectError(404)]);
  });
});
