import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent, type FocusAreaEvent } from '../focus-area.events.js';
import { SchemaVersionNotReadableError } from '@samverkan/shared-kernel';
import { foldFocusArea, initialFocusAreaState } from '../focus-area.fold.js';
import { nextActions } from '../next-actions.js';
import { toFocusAreaView } from '../focus-area.view.js';
import { agreementFacts, decided, ev, history, MUNICIPALITY, POLICE } from '../testing/focus-area.fixtures.js';

const facts = agreementFacts();
const h = history();
const fold = (events: readonly FocusAreaEvent[]) => foldFocusArea(facts, events);
const back = (from: 'analysis' | 'measures' | 'evaluation', to: 'mapping' | 'analysis' | 'measures') =>
  focusAreaEvent('SteppedBack', { from, to, reason: 'Ny information' });

describe('focus area machine', () => {
  it('starts empty before anything is proposed', () => {
    expect(initialFocusAreaState(facts).step).toBe('none');
    expect(toFocusAreaView(fold([])).step).toBe('none');
  });

  it.each([
    ['proposed', [ev.proposed()]],
    ['mapping', h.inMapping],
    ['analysis', h.inAnalysis],
    ['measures', h.inMeasures],
    ['evaluation', h.inEvaluation],
  ] as const)('folds the stream into %s', (step, events) => {
    expect(fold(events).step).toBe(step);
  });

  it('gives the same state when the same events are replayed', () => {
    const once = toFocusAreaView(fold(h.evaluationDone));
    const twice = toFocusAreaView(fold(h.evaluationDone));
    expect(twice).toEqual(once);
    expect(JSON.parse(JSON.stringify(once))).toEqual(once);
  });

  it('dates the step from the stored event metadata', () => {
    const stored = h.inMapping.map((event, i) => ({ ...event, metadata: { occurredAt: `2024-01-0${i + 1}T09:00:00Z` } }));
    expect(toFocusAreaView(foldFocusArea(facts, stored)).stepEnteredAt).toBe(`2024-01-0${stored.length}T09:00:00Z`);
  });

  it.each([
    ['mapping', 'evaluation'],
    ['analysis', 'evaluation'],
    ['measures', 'evaluation'],
    ['mapping', 'measures'],
    ['analysis', 'measures'],
  ] as const)('goes back to %s from %s and keeps the recorded work', (to, from) => {
    const events = from === 'evaluation' ? h.evaluationDone : h.measuresDone;
    const snapshot = fold([...events, back(from, to)]);
    expect(snapshot.step).toBe(to);
    expect(snapshot.context.work).toEqual(fold(events).context.work);
  });

  it('moves forward again after going back, judged by the same gates', () => {
    const again = [...h.measuresDone, back('measures', 'mapping'), ...decided('p-again', 'advance', 'mapping', 'analysis')];
    expect(fold(again).step).toBe('analysis');
  });

  it('starts a new cycle at mapping and keeps the previous cycle readable', () => {
    const snapshot = fold([...h.evaluationDone, ...decided('p-cycle', 'newCycle', 'evaluation', 'mapping')]);
    const view = toFocusAreaView(snapshot);
    expect(view.step).toBe('mapping');
    expect(view.cycle).toBe(2);
    expect(view.work.measures).toEqual([]);
    expect(view.previousCycles).toHaveLength(1);
    expect(view.previousCycles[0]!.cycle).toBe(1);
    expect(view.previousCycles[0]!.work.outcomes[0]!.effect.measuredValue).toBe(1.6);
  });

  it('shows a pending proposal with who approved and whom it awaits', () => {
    const [proposed, approved] = decided('p-1', 'advance', 'mapping', 'analysis');
    const view = toFocusAreaView(fold([...h.mappingDone, proposed!, approved!]));
    expect(view.pendingProposal).toMatchObject({ proposalId: 'p-1', from: 'mapping', to: 'analysis', approvedBy: [MUNICIPALITY], awaiting: [POLICE] });
  });

  it('shows the last rejection to the coordinator until the next proposal', () => {
    const [proposed] = decided('p-1', 'advance', 'mapping', 'analysis');
    const rejected = focusAreaEvent('TransitionRejected', { proposalId: 'p-1', partyId: POLICE, reason: 'Källorna är för gamla' });
    const view = toFocusAreaView(fold([...h.mappingDone, proposed!, rejected]));
    expect(view.pendingProposal).toBeNull();
    expect(view.lastRejection).toEqual({ proposalId: 'p-1', transition: 'advance', partyId: POLICE, reason: 'Källorna är för gamla' });
    const [again] = decided('p-2', 'advance', 'mapping', 'analysis');
    expect(toFocusAreaView(fold([...h.mappingDone, proposed!, rejected, again!])).lastRejection).toBeNull();
  });

  describe('final states', () => {
    const closed = [...h.evaluationDone, ...decided('p-close', 'close', 'evaluation', 'closed')];
    const withdrawn = [ev.proposed(), focusAreaEvent('FocusAreaWithdrawn', { reason: 'Dubblett' })];

    it.each([
      ['closed', closed],
      ['withdrawn', withdrawn],
    ] as const)('%s offers nothing more, and a later event changes nothing', (step, events) => {
      const state = fold(events);
      expect(state.step).toBe(step);
      expect(nextActions(state)).toEqual([]);
      expect(fold([...events, ev.problemStatement()])).toEqual(state);
    });
  });

  describe('applies stored events as facts, never judging them again', () => {
    it.each([
      [
        'a step change the policy reserves for the council',
        [...h.mappingDone, focusAreaEvent('StepAdvanced', { from: 'mapping', to: 'analysis' })],
        'analysis',
      ],
      [
        'a step change before the last approval',
        [...h.mappingDone, ...decided('p-1', 'advance', 'mapping', 'analysis').filter((_, i) => i !== 2)],
        'analysis',
      ],
      ['a step change through a gate that is closed today', [...h.inMapping, ...decided('p-1', 'advance', 'mapping', 'analysis')], 'analysis'],
    ] as const)('%s', (_, events, step) => {
      expect(fold(events).step).toBe(step);
    });

    it('records the cycle number a new cycle names', () => {
      expect(fold([...h.evaluationDone, ...decided('p-1', 'newCycle', 'evaluation', 'mapping', undefined, 5)]).context.cycle).toBe(6);
    });
  });

  describe('leaves the state unchanged for a stored event that does not fit the step', () => {
    it.each([
      ['a source while only proposed', [ev.proposed()], ev.source()],
      ['a measure while mapping', h.inMapping, ev.measure()],
      ['an outcome while planning measures', h.measuresDone, ev.outcome()],
      ['a second proposal of the focus area', [ev.proposed()], ev.proposed()],
      ['a step back to a later step', h.inAnalysis, focusAreaEvent('SteppedBack', { from: 'analysis', to: 'evaluation', reason: 'x' })],
      ['an unknown event type', h.inMapping, { type: 'FocusAreaRenamed', schemaVersion: 1, data: {} }],
    ] as const)('%s', (_, events, extra) => {
      expect(foldFocusArea(facts, [...events, extra])).toEqual(fold(events));
    });
  });

  it('refuses a schema version no upcaster reaches, naming the type and the version', () => {
    expect(() => foldFocusArea(facts, [{ ...ev.proposed(), schemaVersion: 2 }])).toThrow(SchemaVersionNotReadableError);
    expect(() => foldFocusArea(facts, [{ ...ev.proposed(), schemaVersion: 2 }])).toThrow(/FocusAreaProposed has schema version 2/);
  });
});
