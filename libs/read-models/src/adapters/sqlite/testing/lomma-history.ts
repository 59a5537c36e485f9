import type { EventStore, EventToAppend } from '@samverkan/event-store';
import type { ProjectedEvent } from '../../../projected-event.js';
import { agreementDecides, assignRole, registerLomma, revokeRole } from '../../../testing/agreement-commands.js';
import { councilDecides, throughFirstCycle } from '../../../testing/council.js';
import { eventLog } from '../../../testing/event-log.js';
import { fa, focusAreaStream } from '../../../testing/focus-area-events.js';
import { actors, POLICE } from '../../../testing/lomma.js';

export const SECOND_FOCUS_AREA = 'lomma-hamnen-sommar';

const day = (n: number): string => new Date(Date.UTC(2024, 6, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Lomma's agreement with a long history, built with the read-model specs' own helpers (the
 * decider writes the agreement events): one focus area through a first cycle and then weeks of
 * measure follow-up, a second proposed later (but written after the first's early steps, so log
 * order and time order differ across streams) and withdrawn, roles assigned and one revoked.
 */
export function lommaHistory(): ProjectedEvent[] {
  const log = eventLog('2024-01-02');
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  agreementDecides(
    log,
    assignRole({ userId: actors.policeRepresentative.actorId, role: 'councilRepresentative', partyId: POLICE, function: 'Kommunpolis' }),
    actors.administrator,
    '2024-01-03',
  );
  agreementDecides(log, assignRole({ userId: 'lomma.revisor', role: 'auditor', function: 'Revisor' }), actors.administrator, '2024-01-04');
  const first = focusAreaStream();
  const second = focusAreaStream(SECOND_FOCUS_AREA);
  throughFirstCycle(log, first);
  log.append(second, fa.proposed({ focusAreaId: SECOND_FOCUS_AREA, title: 'Otrygghet i hamnen sommartid' }), actors.coordinator, '2024-03-01');
  councilDecides(log, second, { proposalId: 'h-prioritise', transition: 'prioritise', from: 'proposed', to: 'mapping', at: '2024-03-20' });
  const statuses = ['green', 'yellow', 'red', 'yellow', 'green'] as const;
  for (let n = 0; n < 40; n += 1) {
    log.append(first, fa.measureStatus('measure-1', statuses[n % statuses.length]!, `Vecka ${n + 27}`), actors.coordinator, day(n));
    if (n % 6 === 0) log.append(second, fa.source(`h-src-${n}`), actors.coordinator, day(n));
  }
  log.append(second, fa.withdrawn(), actors.coordinator, '2024-08-15');
  agreementDecides(
    log,
    revokeRole({ userId: actors.policeRepresentative.actorId, role: 'councilRepresentative', partyId: POLICE }),
    actors.administrator,
    '2024-09-01',
  );
  return log.events();
}

/** Writes the events to the store as the API would: one append per command (same stream and correlation). */
export async function writeHistory(store: EventStore, events: readonly ProjectedEvent[]): Promise<void> {
  let i = 0;
  while (i < events.length) {
    const first = events[i]!;
    const batch: EventToAppend[] = [];
    for (; i < events.length && events[i]!.streamId === first.streamId && events[i]!.metadata.correlationId === first.metadata.correlationId; i += 1) {
      const { eventId, type, schemaVersion, data, metadata } = events[i]!;
      batch.push({ eventId, type, schemaVersion, data, metadata });
    }
    const { position } = await store.appendToStream(first.streamId, batch, {
      expectedRevision: first.revision - 1 < 0 ? 'no_stream' : first.revision - 1,
    });
    if (position !== events[i - 1]!.position) throw new Error(`log positions drifted: ${position} vs ${events[i - 1]!.position}`);
  }
}
