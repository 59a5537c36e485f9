import { describe, it, expect } from '@jest/globals';
import { FOCUS_AREA_MACHINE_VERSION, focusAreaEvent } from '@samverkan/cycle';
import { replayProjection } from '../shared/replay.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { focusAreaBoardProjection } from './focus-area-board.projection.js';
import { lateMeasures } from './late-measures.query.js';

const stream = focusAreaStream();
/** As the API writes them: each event names the machine version that accepted it (1.1.0 records carried work). */
const stamped = (log: EventLog) => log.events().map((e) => ({ ...e, metadata: { ...e.metadata, machineVersion: FOCUS_AREA_MACHINE_VERSION } }));
const lateOn = (log: EventLog, today: string) => lateMeasures([...replayProjection(focusAreaBoardProjection, stamped(log)).values()], today);

/** In evaluation with measure-1 due 2024-06-30 and two more measures added after a step back. */
const withThreeMeasures = (): EventLog => {
  const log = eventLog();
  throughFirstCycle(log, stream);
  log.append(stream, fa.steppedBack('evaluation', 'measures'), actors.coordinator, '2024-07-01');
  log.append(
    stream,
    [
      fa.measure({ measureId: 'measure-2', activity: 'Belysning vid stationen', dueDate: '2024-05-31', responsiblePartyId: MUNICIPALITY }),
      fa.measure({ measureId: 'measure-3', activity: 'Kommunpolis på plats', dueDate: '2024-08-15', responsiblePartyId: POLICE }),
    ],
    actors.coordinator,
  );
  return log;
};

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
    /** Cycle 1 ends with measure-1 (due 2024-06-30) and measure-2 (due 2024-05-31) unfinished and measure-3 done. */
    const inCycleTwo = (): EventLog => {
      const log = withThreeMeasures();
      log.append(stream, fa.measureStatus('measure-3', 'done'), actors.coordinator);
      councilDecides(log, stream, { proposalId: 'p-evaluation-2', transition: 'advance', from: 'measures', to: 'evaluation', at: '2024-09-01' });
      log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-01');
      councilDecides(log, stream, { proposalId: 'p-cycle', transition: 'newCycle', from: 'evaluation', to: 'mapping', at: '2024-11-14' });
      return log;
    };
    const carried = (measureIds: string[]) =>
      focusAreaEvent('WorkCarriedForward', { fromCycle: 1, sourceIds: [], causeIds: ['cause-1'], goalIds: ['goal-1'], measureIds });

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
