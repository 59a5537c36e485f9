import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, proposal } from '../../../../../../test/support/lomma-focus-area.js';

describe('propose transition (POST /focus-areas/{id}/proposals)', () => {
  const spec = apiSpecification();
  const meeting = { name: 'Styrgruppsmöte 1/2025', date: '2025-03-20' };

  it('proposes to advance from mapping when its gate holds; the council must decide', () => {
    const fa = lommaFocusArea('propose-advance');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals`, { transition: 'advance', grounds: 'Kartläggningen är klar.', meeting }))
      .then([
        expectResponse(201, { body: { focusAreaId: fa.focusAreaId, proposalId: generatedId(1), awaitingDecision: true, revision: 7 } }),
        expectNewEvents(
          fa.streamId,
          [
            {
              type: 'TransitionProposed',
              data: { proposalId: generatedId(1), transition: 'advance', from: 'mapping', to: 'analysis', grounds: 'Kartläggningen är klar.', meeting },
            },
          ],
          byCoordinator,
        ),
      ]);
  });

  it('refuses to advance before the mapping has a problem statement (422)', () => {
    const fa = lommaFocusArea('propose-gate');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals`, { transition: 'advance', grounds: 'Vi vill vidare.' }))
      .then([expectError(422, { rule: 'ProblemStatementRequired' })]);
  });

  it('refuses a second proposal while one is pending (422)', () => {
    const fa = lommaFocusArea('propose-pending');
    return spec
      .given(fa.at('mappingDone', proposal('p-pending', 'advance', 'mapping', 'analysis')))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals`, { transition: 'advance', grounds: 'Igen.' }))
      .then([expectError(422, { rule: 'NoOtherProposalPending' })]);
  });

  it('refuses an unknown transition and missing grounds (400)', () => {
    const fa = lommaFocusArea('propose-invalid');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals`, { transition: 'jump' }))
      .then([expectInvalidFields('grounds', 'transition')]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('propose-rights');
    const body = { transition: 'advance', grounds: 'Klart.' };
    await spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/proposals`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/proposals`, body))
      .then([expectError(404)]);
  });
});
