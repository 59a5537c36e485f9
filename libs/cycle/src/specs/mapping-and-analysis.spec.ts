import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { ev, focusAreaSpec, history } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec();
const { inMapping, mappingDone, inAnalysis, analysisDone, inMeasures } = history();
const proposeAdvance = (proposalId = 'p-next') =>
  ({ type: 'ProposeTransition', data: { proposalId, transition: 'advance', grounds: 'Underlaget är klart' } }) as const;

describe('mapping', () => {
  it('records the problem statement', () => {
    given(inMapping).when({ type: 'RecordProblemStatement', data: ev.problemStatement().data }).then(ev.problemStatement());
  });

  it('refuses a problem statement that names a person by identity number', () => {
    given(inMapping)
      .when({ type: 'RecordProblemStatement', data: { ...ev.problemStatement().data, what: 'Stölder av 20010101-1234' } })
      .thenThrows('NoPersonalIdentityNumber');
  });

  it('refuses a problem statement without "how often", naming the field', () => {
    const refusal = given(inMapping)
      .when({ type: 'RecordProblemStatement', data: { ...ev.problemStatement().data, howOften: '' } })
      .thenThrows('FieldRequired');
    expect(refusal.field).toBe('howOften');
  });

  it('adds a source, once', () => {
    given(inMapping).when({ type: 'AddSource', data: ev.source().data }).then(ev.source());
    given([...inMapping, ev.source()])
      .when({ type: 'AddSource', data: ev.source().data })
      .thenThrows('SourceAlreadyAdded');
  });

  it('removes only a source that is there', () => {
    given([...inMapping, ev.source()])
      .when({ type: 'RemoveSource', data: { sourceId: 'src-1' } })
      .then(focusAreaEvent('SourceRemoved', { sourceId: 'src-1' }));
    given(inMapping)
      .when({ type: 'RemoveSource', data: { sourceId: 'src-1' } })
      .thenThrows('SourceMustExist');
  });

  it('does not take causes yet', () => {
    given(inMapping).when({ type: 'IdentifyCause', data: ev.cause().data }).thenThrows('TransitionNotAllowedFromStep');
  });

  describe('gate to analysis', () => {
    it('refuses without a problem statement', () => {
      given([...inMapping, ev.source()])
        .when(proposeAdvance())
        .thenThrows('ProblemStatementRequired');
    });

    it('refuses without a source', () => {
      given([...inMapping, ev.problemStatement()])
        .when(proposeAdvance())
        .thenThrows('SourceRequired');
    });

    it('passes with a problem statement and a source', () => {
      given(mappingDone)
        .when(proposeAdvance())
        .then(
          focusAreaEvent('TransitionProposed', {
            proposalId: 'p-next',
            transition: 'advance',
            from: 'mapping',
            to: 'analysis',
            grounds: 'Underlaget är klart',
          }),
        );
    });
  });
});

describe('analysis', () => {
  it('identifies a cause, once', () => {
    given(inAnalysis).when({ type: 'IdentifyCause', data: ev.cause().data }).then(ev.cause());
    given(analysisDone).when({ type: 'IdentifyCause', data: ev.cause().data }).thenThrows('CauseAlreadyIdentified');
  });

  it('may still refine the mapping', () => {
    given(inAnalysis)
      .when({ type: 'AddSource', data: ev.source('src-2').data })
      .then(ev.source('src-2'));
  });

  it('does not plan measures yet', () => {
    given(analysisDone).when({ type: 'PlanMeasure', data: ev.measure().data }).thenThrows('TransitionNotAllowedFromStep');
  });

  describe('gate to measures', () => {
    it('refuses without an identified cause', () => {
      given(inAnalysis).when(proposeAdvance()).thenThrows('CauseRequired');
    });

    it('refuses when the only cause was removed again', () => {
      given([...analysisDone, focusAreaEvent('CauseRemoved', { causeId: 'cause-1' })])
        .when(proposeAdvance())
        .thenThrows('CauseRequired');
    });

    it('passes with a cause', () => {
      given(analysisDone)
        .when(proposeAdvance())
        .then(
          focusAreaEvent('TransitionProposed', {
            proposalId: 'p-next',
            transition: 'advance',
            from: 'analysis',
            to: 'measures',
            grounds: 'Underlaget är klart',
          }),
        );
    });
  });

  it('keeps a cause that a measure targets', () => {
    given([...inMeasures, ev.smartGoal(), ev.measure()])
      .when({ type: 'RemoveCause', data: { causeId: 'cause-1' } })
      .thenThrows('CauseMustNotBeTargetedByMeasure');
  });
});
