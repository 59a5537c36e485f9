import { describe, it, expect } from '@jest/globals';
import { DEFAULT_DECISION_POLICY, foldFocusArea, toFocusAreaView } from '@samverkan/cycle';
import { replayProjection } from '../shared/replay.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, AGREEMENT_ID, PARTIES } from '../testing/lomma.js';
import { focusAreaBoardProjection as board } from './focus-area-board.projection.js';
import type { FocusAreaBoardDoc } from './focus-area-board.doc.js';

const stream = focusAreaStream();
const docOf = (log: ReturnType<typeof eventLog>): FocusAreaBoardDoc => replayProjection(board, log.events()).get(FOCUS_AREA_ID)!;

describe('focus area board', () => {
  describe('through a whole cycle', () => {
    const log = eventLog();
    throughFirstCycle(log, stream);

    it('follows each decided move and dates the step from the move', () => {
      const doc = docOf(log);
      expect(doc.step).toBe('evaluation');
      expect(doc.stepEnteredAt.slice(0, 10)).toBe('2024-06-13');
      expect(doc.pendingProposal).toBeNull();
      expect(doc.proposedAt).toBe('2024-01-10T09:00:00.000Z');
    });

    it('holds the work of the cycle', () => {
      const { work } = docOf(log);
      expect(work.problemStatement?.where).toBe('Lomma centrum, stationsområdet');
      expect(work.sources.map((s) => s.sourceId)).toEqual(['src-1']);
      expect(work.causes.map((c) => c.causeId)).toEqual(['cause-1']);
      expect(work.measures).toEqual([expect.objectContaining({ measureId: 'measure-1', status: null })]);
    });

    it('agrees with the cycle lib: the same events folded by the machine give the same focus area', () => {
      const facts = { agreementId: AGREEMENT_ID, partyIds: PARTIES, period: { from: '2023-01-01', to: '2027-12-31' }, policy: DEFAULT_DECISION_POLICY };
      const view = toFocusAreaView(foldFocusArea(facts, log.events()));
      const doc = docOf(log);
      expect({ step: doc.step, cycle: doc.cycle, work: doc.work, stepEnteredAt: doc.stepEnteredAt }).toEqual({
        step: view.step,
        cycle: view.cycle,
        work: view.work,
        stepEnteredAt: view.stepEnteredAt,
      });
    });

    describe('and a step back from evaluation to analysis', () => {
      const back = eventLog();
      throughFirstCycle(back, stream);
      back.append(stream, fa.steppedBack('evaluation', 'analysis'), actors.coordinator, '2024-09-02');

      it('goes back, dated from the step back, and keeps what was recorded', () => {
        const doc = docOf(back);
        expect(doc.step).toBe('analysis');
        expect(doc.stepEnteredAt.slice(0, 10)).toBe('2024-09-02');
        expect(doc.work.measures).toHaveLength(1);
        expect(doc.cycle).toBe(1);
      });
    });

    describe('and a new cycle', () => {
      const next = eventLog();
      throughFirstCycle(next, stream);
      next.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-12-02');
      councilDecides(next, stream, { proposalId: 'p-cycle-2', transition: 'newCycle', from: 'evaluation', to: 'mapping', at: '2025-01-16' });

      it('starts cycle 2 in mapping with empty work, and files cycle 1 under previous cycles', () => {
        const doc = docOf(next);
        expect(doc).toMatchObject({ step: 'mapping', cycle: 2 });
        expect(doc.work.measures).toEqual([]);
        expect(doc.previousCycles).toEqual([expect.objectContaining({ cycle: 1 })]);
        expect(doc.previousCycles[0]!.work.conclusion).toBe('Målet nästan nått; fortsätt ett år till.');
      });
    });

    describe('and closing', () => {
      const closing = eventLog();
      throughFirstCycle(closing, stream);
      closing.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-12-02');
      councilDecides(closing, stream, { proposalId: 'p-close', transition: 'close', from: 'evaluation', to: 'closed', at: '2025-01-16' });

      it('is closed', () => {
        expect(docOf(closing).step).toBe('closed');
      });
    });
  });
});
