import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY } from '../testing/lomma.js';
import { focusAreaBoardProjection } from './focus-area-board.projection.js';
import { lateMeasures } from './late-measures.query.js';
import { carried, inCycleTwo, stamped, stream, withThreeMeasures } from './late-measures.testing.js';

const lateOn = (log: EventLog, today: string) => lateMeasures([...replayProjection(focusAreaBoardProjection, stamped(log)).values()], today);

describe('late measures', () => {
  it('lists a measure due yesterday and not done, longest overdue first', () => {
    expect(lateOn(withThreeMeasures(), '2024-07-01').map((m) => [m.measureId, m.dueDate, m.daysOverdue])).toEqual([
      ['measure-2', '2024-05-31', 31],
      ['measure-1', '2024-06-30', 1],
    ]);
  });

  it('does not list a measure on its due date', () => {
    expect(lateOn(withThreeMeasures(), '2024-08-15').map((m) => m.measureId)).not.toContain('measure-3');
    expect(lateOn(withThreeMeasures(), '2024-08-16').map((m) => m.measureId)).toContain('measure-3');
  });

  it('does not list a measure once it is done', () => {
    const log = withThreeMeasures();
    log.append(stream, fa.measureStatus('measure-2', 'done'), actors.coordinator);
    expect(lateOn(log, '2024-07-02').map((m) => m.measureId)).toEqual(['measure-1']);
  });

  it('lists a red or yellow measure past its due date, with its status', () => {
    const log = withThreeMeasures();
    log.append(stream, fa.measureStatus('measure-2', 'red', 'Ingen leverantör'), actors.coordinator);
    expect(lateOn(log, '2024-07-02')[0]).toMatchObject({ measureId: 'measure-2', status: 'red', responsiblePartyId: MUNICIPALITY, step: 'measures' });
  });

  describe('when the focus area is closed', () => {
    it('lists none of its measures', () => {
      const log = eventLog();
      throughFirstCycle(log, stream);
      log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-01');
      councilDecides(log, stream, { proposalId: 'p-close', transition: 'close', from: 'evaluation', to: 'closed', at: '2024-11-14' });
      expect(lateOn(log, '2025-01-01')).toEqual([]);
    });
  });

  describe('when a new cycle has started', () => {
    it('still lists the measures the earlier cycle left unfinished (not the one done), with their cycle', () => {
      expect(lateOn(inCycleTwo(), '2025-01-01').map((m) => [m.measureId, m.cycle, m.earlierCycle])).toEqual([
        ['measure-2', 1, true],
        ['measure-1', 1, true],
      ]);
    });

    it('lists a measure carried forward once, in the cycle it went on in', () => {
      const log = inCycleTwo();
      log.append(stream, carried(['measure-1']), actors.coordinator, '2024-11-20');
      expect(lateOn(log, '2025-01-01').map((m) => [m.measureId, m.cycle, m.earlierCycle])).toEqual([
        ['measure-2', 1, true],
        ['measure-1', 2, false],
      ]);
    });
  });

  it('names the focus area and agreement of each late measure', () => {
    expect(lateOn(withThreeMeasures(), '2024-07-01')[0]).toMatchObject({
      agreementId: 'lomma-2023-2027',
      focusAreaId: 'lomma-centrum-kvallstid',
      focusAreaTitle: 'Otrygghet vid Lomma centrum kvällstid',
      cycle: 1,
      activity: 'Belysning vid stationen',
      responsibleFunction: 'Brottsförebyggande samordnare',
    });
  });
});
