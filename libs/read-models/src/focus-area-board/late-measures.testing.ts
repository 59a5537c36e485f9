import { FOCUS_AREA_MACHINE_VERSION, focusAreaEvent } from '@samverkan/cycle';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY, POLICE } from '../testing/lomma.js';

/** Histories of one focus area for the specs of what is late: the late-measures query's and the board's. */
export const stream = focusAreaStream();

/** As the API writes them: each event names the machine version that accepted it (1.1.0 records carried work). */
export const stamped = (log: EventLog) => log.events().map((e) => ({ ...e, metadata: { ...e.metadata, machineVersion: FOCUS_AREA_MACHINE_VERSION } }));

/** In measures again with measure-1 due 2024-06-30, measure-2 due 2024-05-31 and measure-3 due 2024-08-15. */
export const withThreeMeasures = (): EventLog => {
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

/**
 * Cycle 1 ends with measure-1 (due 2024-06-30) and measure-2 (due 2024-05-31) unfinished and
 * measure-3 (due 2024-08-15) done, or with the measures named `done` done; cycle 2 is in mapping.
 */
export const inCycleTwo = (done: readonly string[] = ['measure-3']): EventLog => {
  const log = withThreeMeasures();
  log.append(
    stream,
    done.map((measureId) => fa.measureStatus(measureId, 'done')),
    actors.coordinator,
  );
  councilDecides(log, stream, { proposalId: 'p-evaluation-2', transition: 'advance', from: 'measures', to: 'evaluation', at: '2024-09-01' });
  log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-01');
  councilDecides(log, stream, { proposalId: 'p-cycle', transition: 'newCycle', from: 'evaluation', to: 'mapping', at: '2024-11-14' });
  return log;
};

/** Cycle 2 takes these measures of cycle 1 over (with the cause and goal they need). */
export const carried = (measureIds: string[]) =>
  focusAreaEvent('WorkCarriedForward', { fromCycle: 1, sourceIds: [], causeIds: ['cause-1'], goalIds: ['goal-1'], measureIds });
