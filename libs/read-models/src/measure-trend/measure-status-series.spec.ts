import { describe, expect, it } from '@jest/globals';
import { agreementDecides, registerLomma } from '../testing/agreement-commands.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, POLICE } from '../testing/lomma.js';
import { planAt } from '../plan-changes/plan-at.testing.js';
import { measureStatusSeries } from './measure-status-series.js';

const stream = focusAreaStream();
const series = (log: EventLog, days: string[]) => measureStatusSeries(days.map((at) => ({ at, focusAreas: planAt(log, at).focusAreas })));

/** measure-1 (due 2024-06-30) planned 2024-05-20; measure-2 (due 2024-09-30) added after a step back. */
const lomma = (): EventLog => {
  const log = eventLog('2024-01-02');
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  throughFirstCycle(log, stream);
  log.append(stream, fa.steppedBack('evaluation', 'measures'), actors.coordinator, '2024-07-01');
  log.append(
    stream,
    fa.measure({ measureId: 'measure-2', activity: 'Kommunpolis på plats', dueDate: '2024-09-30', responsiblePartyId: POLICE }),
    actors.coordinator,
    '2024-07-02',
  );
  log.append(stream, fa.measureStatus('measure-1', 'red', 'Ingen leverantör'), actors.coordinator, '2024-08-01');
  log.append(stream, fa.measureStatus('measure-2', 'green'), actors.coordinator, '2024-08-02');
  log.append(stream, fa.measureStatus('measure-1', 'done'), actors.coordinator, '2024-10-15');
  return log;
};

describe('measures by status over time', () => {
  describe('given the plan at points through the year', () => {
    const points = series(lomma(), ['2024-04-30', '2024-05-31', '2024-07-15', '2024-08-31', '2024-10-31']);

    it('counts nothing before any measure was planned', () => {
      expect(points[0]).toEqual({ at: '2024-04-30', green: 0, yellow: 0, red: 0, done: 0, notFollowedUp: 0, late: 0 });
    });

    it('counts a measure nobody has followed up as not followed up, not green', () => {
      expect(points[1]).toMatchObject({ notFollowedUp: 1, green: 0, late: 0 });
    });

    it('counts a measure past its due date as late, besides its status', () => {
      expect(points[2]).toMatchObject({ notFollowedUp: 2, late: 1 });
      expect(points[3]).toMatchObject({ red: 1, green: 1, late: 1 });
    });

    it('stops counting a measure late once it is done', () => {
      expect(points[4]).toMatchObject({ done: 1, green: 1, red: 0, late: 1 });
    });
  });

  describe('given a `today` other than the date of `at`', () => {
    it('judges lateness by `today`', () => {
      const log = lomma();
      const [point] = measureStatusSeries([{ at: '2024-07-15T21:59:59.999Z', today: '2024-06-30', focusAreas: planAt(log, '2024-07-15').focusAreas }]);
      expect(point).toMatchObject({ at: '2024-07-15T21:59:59.999Z', late: 0 });
    });
  });

  describe('when the focus area was closed', () => {
    it('leaves its measures out: the plan in force no longer has them', () => {
      const log = eventLog('2024-01-02');
      throughFirstCycle(log, stream);
      log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-01');
      councilDecides(log, stream, { proposalId: 'p-close', transition: 'close', from: 'evaluation', to: 'closed', at: '2024-11-14' });
      expect(series(log, ['2024-11-13', '2024-11-15']).map((p) => p.notFollowedUp + p.late)).toEqual([2, 0]);
    });
  });
});
