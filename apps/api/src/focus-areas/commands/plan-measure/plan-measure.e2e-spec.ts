import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import {
  byCoordinator,
  COORDINATOR,
  lommaFocusArea,
  MUNICIPALITY_COUNCIL,
  OUTSIDER,
  proposal,
  work,
} from '../../../../../../test/support/lomma-focus-area.js';

describe('plan measure (POST /focus-areas/{id}/measures, PUT …/measures/{measureId})', () => {
  const spec = apiSpecification();
  const measure = {
    causeId: 'cause-1',
    goalId: 'goal-1',
    activity: 'Ny belysning',
    operationalGoal: 'Belyst kaj',
    dueDate: '2026-12-31',
    responsiblePartyId: 'lomma-kommun',
    responsibleFunction: 'Gatuchef',
    followUpMethod: 'Besiktning',
    kind: 'oneOff',
  };

  it('refuses to change the action plan while the council has a proposal to decide it (422)', () => {
    const fa = lommaFocusArea('plan-measure-frozen');
    return spec
      .given(fa.at('measuresDone', proposal('p-1', 'advance', 'measures', 'evaluation')))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, measure))
      .then([expectError(422, { rule: 'WorkFrozenWhileProposalPending' })]);
  });

  it('plans a measure against an identified cause and a goal, under a new id', () => {
    const fa = lommaFocusArea('plan-measure-new');
    return spec
      .given(fa.at('inMeasures', work.goal()))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, measure))
      .then([
        expectResponse(201, { body: { focusAreaId: fa.focusAreaId, measureId: generatedId(1), revision: 17 } }),
        expectNewEvents(fa.streamId, [{ type: 'MeasurePlanned', data: { measureId: generatedId(1), ...measure } }], byCoordinator),
      ]);
  });

  it('revises a planned measure under its id', () => {
    const fa = lommaFocusArea('plan-measure-revise');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/measures/measure-1`, { ...measure, activity: 'Ny belysning och kameror' }))
      .then([
        expectResponse(200, { body: { measureId: 'measure-1', revision: 19 } }),
        expectNewEvents(
          fa.streamId,
          [{ type: 'MeasurePlanned', data: { measureId: 'measure-1', ...measure, activity: 'Ny belysning och kameror' } }],
          byCoordinator,
        ),
      ]);
  });

  it('answers 404 for revising a measure that does not exist', () => {
    const fa = lommaFocusArea('plan-measure-missing');
    return spec
      .given(fa.at('inMeasures', work.goal()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/measures/no-such-measure`, measure))
      .then([expectError(404)]);
  });

  it('refuses a measure against a cause the analysis does not hold (422)', () => {
    const fa = lommaFocusArea('plan-measure-no-cause');
    return spec
      .given(fa.at('inMeasures', work.goal()))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, { ...measure, causeId: 'no-such-cause' }))
      .then([expectError(422, { rule: 'CauseMustExist' })]);
  });

  it('refuses a missing kind and a malformed due date (400)', () => {
    const fa = lommaFocusArea('plan-measure-invalid');
    const { kind: _, ...withoutKind } = measure;
    return spec
      .given(fa.at('inMeasures', work.goal()))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, { ...withoutKind, dueDate: '31/12/2026' }))
      .then([expectInvalidFields('dueDate', 'kind')]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('plan-measure-rights');
    await spec
      .given(fa.at('inMeasures', work.goal()))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/measures`, measure))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/measures`, measure))
      .then([expectError(404)]);
  });

  it("plans a measure before its goal, addressing two causes, shared with the police and named collaborators (Brå's order)", () => {
    const fa = lommaFocusArea('plan-measure-bra-order');
    const { goalId: _goal, ...withoutGoal } = measure;
    const shared = {
      ...withoutGoal,
      furtherCauseIds: ['cause-2'],
      coResponsible: [{ partyId: 'lpo-kavlinge', function: 'Kommunpolis' }],
      collaborators: ['Lomma gymnasium', 'LommaHem'],
    };
    return spec
      .given(fa.at('inMeasures', work.cause('cause-2')))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, shared))
      .then([
        expectResponse(201, { body: { measureId: generatedId(1), revision: 17 } }),
        expectNewEvents(fa.streamId, [{ type: 'MeasurePlanned', data: { measureId: generatedId(1), ...shared } }], byCoordinator),
      ]);
  });

  it('refuses sharing the responsibility with an actor that is not a party (422)', () => {
    const fa = lommaFocusArea('plan-measure-co-outsider');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) =>
        api
          .as(COORDINATOR)
          .post(`${fa.path}/measures`, { ...measure, goalId: undefined, coResponsible: [{ partyId: 'lommahem', function: 'Förvaltare' }] }),
      )
      .then([expectError(422, { rule: 'MeasureCoResponsiblePartyMustBeParty' })]);
  });

  it('refuses a further cause the analysis does not hold (422)', () => {
    const fa = lommaFocusArea('plan-measure-further-cause');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, { ...measure, goalId: undefined, furtherCauseIds: ['no-such-cause'] }))
      .then([expectError(422, { rule: 'CauseMustExist' })]);
  });

  it('refuses malformed co-responsible parties and collaborators (400)', () => {
    const fa = lommaFocusArea('plan-measure-co-invalid');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/measures`, { ...measure, collaborators: [''], furtherCauseIds: ['Inte ett id'] }))
      .then([expectInvalidFields('collaborators', 'furtherCauseIds')]);
  });
});
