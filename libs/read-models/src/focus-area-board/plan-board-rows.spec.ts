import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY, PARTIES, POLICE } from '../testing/lomma.js';
import { focusAreaBoardProjection } from './focus-area-board.projection.js';
import { lateMeasures } from './late-measures.query.js';
import { carried, inCycleTwo, stamped } from './late-measures.testing.js';
import { planBoardRows } from './plan-board-rows.query.js';

const stream = focusAreaStream();
const docs = (log: EventLog) => [...replayProjection(focusAreaBoardProjection, log.events()).values()];
const rowOn = (log: EventLog, today: string) => planBoardRows(docs(log), PARTIES, today).find((r) => r.focusAreaId === FOCUS_AREA_ID)!;

describe('plan board', () => {
  describe('days in step', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
    councilDecides(log, stream, { proposalId: 'p-1', transition: 'prioritise', from: 'proposed', to: 'mapping', at: '2024-02-27T22:30:00Z' });

    it('are 0 on the day the step was entered', () => {
      expect(rowOn(log, '2024-02-27').daysInStep).toBe(0);
    });

    it('count whole calendar days, across a leap day', () => {
      expect(rowOn(log, '2024-03-01').daysInStep).toBe(3);
    });

    it('count across a year end', () => {
      expect(rowOn(log, '2025-02-27').daysInStep).toBe(366);
    });

    it('are 0, not negative, for a day before the step was entered', () => {
      expect(rowOn(log, '2024-01-01').daysInStep).toBe(0);
    });

    it('name the step in Swedish', () => {
      expect(rowOn(log, '2024-03-01')).toMatchObject({ step: 'mapping', stepLabel: 'kartläggning', cycle: 1 });
    });

    it("carry the focus area stream's revision, its ETag: proposed 0, proposal 1, approvals 2 and 3, the move 4", () => {
      expect(rowOn(log, '2024-03-01').revision).toBe(4);
    });
  });

  describe('when the municipality has approved a proposal', () => {
    const log = eventLog();
    throughFirstCycle(log, stream);
    log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-20');
    log.append(stream, fa.propose('p-close', 'close', 'evaluation', 'closed'), actors.coordinator, '2024-11-21');
    log.append(stream, fa.approve('p-close', MUNICIPALITY), actors.municipalityRepresentative, '2024-11-28');

    it('shows who has approved and that the police is awaited', () => {
      expect(rowOn(log, '2024-12-01').pendingProposal).toMatchObject({
        proposalId: 'p-close',
        transition: 'close',
        approvedBy: [MUNICIPALITY],
        awaiting: [POLICE],
        proposedAt: '2024-11-21T09:00:00.000Z',
      });
    });
  });

  describe('measures', () => {
    const log = eventLog();
    throughFirstCycle(log, stream, '2024-01-10');
    log.append(stream, fa.steppedBack('evaluation', 'measures', 'Fler åtgärder behövs'), actors.coordinator, '2024-08-01');
    log.append(
      stream,
      [
        fa.measure({ measureId: 'measure-2', activity: 'Belysning vid stationen', dueDate: '2024-09-30', responsiblePartyId: MUNICIPALITY }),
        fa.measure({ measureId: 'measure-3', activity: 'Kommunpolis på plats fredagar', dueDate: '2024-12-31', responsiblePartyId: POLICE }),
        fa.measureStatus('measure-2', 'yellow', 'Leveransen försenad'),
        fa.measureStatus('measure-3', 'done'),
      ],
      actors.coordinator,
    );
    const measures = rowOn(log, '2024-10-01').measures;

    it('shows a measure nobody has followed up as not followed up, not as green', () => {
      expect(measures.find((m) => m.measureId === 'measure-1')!.status).toBe('notFollowedUp');
    });

    it('flags a measure past its due date and not done as late, with the days overdue', () => {
      expect(measures.map((m) => [m.measureId, m.status, m.late, m.daysOverdue])).toEqual([
        ['measure-1', 'notFollowedUp', true, 93],
        ['measure-2', 'yellow', true, 1],
        ['measure-3', 'done', false, 0],
      ]);
    });

    it('counts the late measures of the focus area', () => {
      expect(rowOn(log, '2024-10-01').lateMeasures).toBe(2);
    });
  });

  describe('late measures of an earlier cycle', () => {
    // inCycleTwo: cycle 1 left measure-1 (due 2024-06-30) and measure-2 (due 2024-05-31) unfinished;
    // measure-3 (due 2024-08-15) was done. Cycle 2 is in mapping.
    const inCycleTwoDocs = (log: EventLog) => [...replayProjection(focusAreaBoardProjection, stamped(log)).values()];
    const rowIn = (log: EventLog, today: string) => planBoardRows(inCycleTwoDocs(log), PARTIES, today).find((r) => r.focusAreaId === FOCUS_AREA_ID)!;
    const counts = (log: EventLog, today: string) => {
      const row = rowIn(log, today);
      return { lateMeasures: row.lateMeasures, lateFromEarlierCycles: row.lateFromEarlierCycles, current: row.measures.map((m) => [m.measureId, m.late]) };
    };

    describe('when the new cycle took none of them over', () => {
      it('counts the unfinished ones as late, from an earlier cycle, though the current cycle has no measures', () => {
        expect(counts(inCycleTwo(), '2025-01-01')).toEqual({ lateMeasures: 2, lateFromEarlierCycles: 2, current: [] });
      });

      it('does not count one that was done in its cycle, though its due date has passed', () => {
        expect(counts(inCycleTwo(['measure-2', 'measure-3']), '2025-01-01')).toEqual({ lateMeasures: 1, lateFromEarlierCycles: 1, current: [] });
      });
    });

    describe('when the new cycle carried one of them forward', () => {
      const log = inCycleTwo();
      log.append(stream, carried(['measure-1']), actors.coordinator, '2024-11-20');

      it('counts the carried measure once, in its new cycle, and the one left behind as from an earlier cycle', () => {
        expect(counts(log, '2025-01-01')).toEqual({ lateMeasures: 2, lateFromEarlierCycles: 1, current: [['measure-1', true]] });
      });

      it('counts what Försenat lists for the focus area', () => {
        const listed = lateMeasures(inCycleTwoDocs(log), '2025-01-01').filter((m) => m.focusAreaId === FOCUS_AREA_ID);
        const row = rowIn(log, '2025-01-01');
        expect([row.lateMeasures, row.lateFromEarlierCycles]).toEqual([listed.length, listed.filter((m) => m.earlierCycle).length]);
      });
    });
  });

  it('lists focus areas in the order they were proposed', () => {
    const log = eventLog();
    log.append(focusAreaStream('b-senare'), fa.proposed({ focusAreaId: 'b-senare', title: 'Senare' }), actors.coordinator, '2024-03-01');
    log.append(focusAreaStream('a-tidigare'), fa.proposed({ focusAreaId: 'a-tidigare', title: 'Tidigare' }), actors.coordinator, '2024-01-01');
    expect(planBoardRows(docs(log), PARTIES, '2024-04-01').map((r) => r.title)).toEqual(['Tidigare', 'Senare']);
  });
});
