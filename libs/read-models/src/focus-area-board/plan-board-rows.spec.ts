import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY, PARTIES, POLICE } from '../testing/lomma.js';
import { focusAreaBoardProjection } from './focus-area-board.projection.js';
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

  it('lists focus areas in the order they were proposed', () => {
    const log = eventLog();
    log.append(focusAreaStream('b-senare'), fa.proposed({ focusAreaId: 'b-senare', title: 'Senare' }), actors.coordinator, '2024-03-01');
    log.append(focusAreaStream('a-tidigare'), fa.proposed({ focusAreaId: 'a-tidigare', title: 'Tidigare' }), actors.coordinator, '2024-01-01');
    expect(planBoardRows(docs(log), PARTIES, '2024-04-01').map((r) => r.title)).toEqual(['Tidigare', 'Senare']);
  });
});
