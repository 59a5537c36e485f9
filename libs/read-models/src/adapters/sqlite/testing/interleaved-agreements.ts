import type { EventStore } from '@samverkan/event-store';
import { focusAreaStreamId, meetingStreamId, annexStreamId } from '@samverkan/shared-kernel';
import type { ProjectedEvent } from '../../../projected-event.js';
import { annexCreated, decided, drafted, signed } from '../../../annexes/annex-events.testing.js';
import { eventLog } from '../../../testing/event-log.js';
import { actors } from '../../../testing/lomma.js';
import { lommaHistory, SECOND_FOCUS_AREA } from './lomma-history.js';

const LOMMA = 'lomma-2023-2027';
const FIRST_FOCUS_AREA = 'lomma-centrum-kvallstid';

/** One agreement's meeting and annex, with decisions that cite the meeting from its focus area and its annex. */
function meetingsAndAnnexes(agreementId: string, suffix: string): ProjectedEvent[] {
  const log = eventLog('2024-02-01');
  const meeting = meetingStreamId(`m${suffix}`);
  const protocol = (paragraph: number) => ({ meetingId: `m${suffix}`, paragraph });
  log.append(
    meeting,
    {
      type: 'MeetingScheduled',
      schemaVersion: 1,
      data: { meetingId: `m${suffix}`, agreementId, body: 'council', date: '2024-03-14', place: 'Kommunhuset' },
    },
    actors.coordinator,
  );
  log.append(
    meeting,
    { type: 'AgendaItemAdded', schemaVersion: 1, data: { itemId: 'i-1', title: 'Lägesbild', subject: { kind: 'other' } } },
    actors.coordinator,
  );
  const annex = annexStreamId(`lagesbild${suffix}`);
  const created = annexCreated('situationPicture', `lagesbild${suffix}`);
  log.append(annex, { ...created, data: { ...created.data, agreementId } }, actors.coordinator);
  log.append(annex, drafted(1), actors.coordinator);
  log.append(meeting, { type: 'MeetingHeld', schemaVersion: 1, data: { heldOn: '2024-03-14' } }, actors.coordinator, '2024-03-14');
  log.append(annex, { ...decided(1, '2024-03-14'), data: { ...decided(1, '2024-03-14').data, protocol: protocol(1) } }, actors.coordinator);
  log.append(annex, signed(1, 'lomma-kommun', '2024-03-15'), actors.coordinator);
  const decision = { proposalId: 'p-none', partyId: 'polisen', protocol: protocol(2) };
  log.append(focusAreaStreamId(`${FIRST_FOCUS_AREA}${suffix}`), { type: 'TransitionApproved', schemaVersion: 1, data: decision }, actors.coordinator);
  return log.events();
}

/** Lomma's history as agreement `k`: every id of the agreement, its focus areas, meeting and annex made its own. */
function agreementCopy(k: number): ProjectedEvent[] {
  const suffix = `-${k}`;
  const rename = (text: string): string =>
    text
      .replaceAll(LOMMA, `${LOMMA}${suffix}`)
      .replaceAll(FIRST_FOCUS_AREA, `${FIRST_FOCUS_AREA}${suffix}`)
      .replaceAll(SECOND_FOCUS_AREA, `${SECOND_FOCUS_AREA}${suffix}`);
  const history = lommaHistory().map((event) => JSON.parse(rename(JSON.stringify(event))) as ProjectedEvent);
  // The meeting and annex events come after the agreement's registration and the focus area's proposal.
  const at = history.findIndex((event) => event.streamId === focusAreaStreamId(`${FIRST_FOCUS_AREA}${suffix}`)) + 1;
  return [...history.slice(0, at), ...meetingsAndAnnexes(`${LOMMA}${suffix}`, suffix), ...history.slice(at)];
}

/**
 * `agreements` copies of Lomma's agreement (focus areas, a meeting, an annex, council decisions
 * citing the meeting), interleaved in the log a few events at a time, as agreements over the same
 * years are. With `crossCitation`, the last agreement's focus area also cites the first
 * agreement's meeting, so one document is touched by two agreements' events.
 */
export function interleavedAgreements(agreements: number, options: { readonly crossCitation: boolean }): ProjectedEvent[] {
  const copies = Array.from({ length: agreements }, (_, k) => agreementCopy(k));
  if (options.crossCitation) {
    const cross = copies.at(-1)!;
    const citing = cross.find((event) => event.type === 'TransitionApproved' && (event.data as { protocol?: unknown }).protocol !== undefined)!;
    cross.push({ ...citing, data: { ...(citing.data as object), proposalId: 'p-cross', protocol: { meetingId: 'm-0', paragraph: 9 } } });
  }
  const log: ProjectedEvent[] = [];
  for (let step = 0; copies.some((copy) => copy.length > 0); step += 1) {
    for (const [k, copy] of copies.entries()) log.push(...copy.splice(0, 1 + ((step + k) % 4)));
  }
  return log;
}

/** Appends the events one by one, in the given order, each stream's revisions as the store assigns them. */
export async function appendInOrder(store: EventStore, events: readonly ProjectedEvent[], idPrefix = 'event'): Promise<void> {
  for (const [n, { type, schemaVersion, data, metadata, streamId }] of events.entries()) {
    await store.appendToStream(streamId, [{ eventId: `${idPrefix}-${n + 1}`, type, schemaVersion, data, metadata }], { expectedRevision: 'any' });
  }
}
