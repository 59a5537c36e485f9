import { describe, expect, it } from '@jest/globals';
import { focusAreaStreamId, meetingStreamId } from '@samverkan/shared-kernel';
import { replayProjection } from '../shared/replay.js';
import { eventLog } from '../testing/event-log.js';
import { citedParagraphsOf, type MeetingDoc } from './meeting.doc.js';
import { meetingsProjection } from './meetings.projection.js';

const coordinator = { actorId: 'lomma.samordnare', actorRole: 'coordinator' as const, onBehalfOfPartyId: 'kommunen' };
const police = { actorId: 'lomma.rad.polis', actorRole: 'councilRepresentative' as const, onBehalfOfPartyId: 'polisen' };
const municipality = { actorId: 'lomma.rad.kommun', actorRole: 'councilRepresentative' as const, onBehalfOfPartyId: 'kommunen' };
const transition = { kind: 'transition', focusAreaId: 'centrum', proposalId: 'p-1' };
const protocol = { meetingId: 'm-1', paragraph: 2 };

const aMeetingWithDecisions = () => {
  const log = eventLog('2025-03-01');
  const meeting = meetingStreamId('m-1');
  log.append(
    meeting,
    {
      type: 'MeetingScheduled',
      schemaVersion: 1,
      data: { meetingId: 'm-1', agreementId: 'lomma', body: 'council', date: '2025-03-13', place: 'Kommunhuset' },
    },
    coordinator,
  );
  log.append(
    meeting,
    { type: 'AgendaItemAdded', schemaVersion: 1, data: { itemId: 'i-1', title: 'Mötets öppnande', subject: { kind: 'other' } } },
    coordinator,
  );
  log.append(
    meeting,
    { type: 'AgendaItemAdded', schemaVersion: 1, data: { itemId: 'i-2', title: 'Centrum till analys', subject: transition } },
    coordinator,
  );
  log.append(meeting, { type: 'MeetingHeld', schemaVersion: 1, data: { heldOn: '2025-03-13' } }, coordinator, '2025-03-13');
  log.append(
    focusAreaStreamId('centrum'),
    { type: 'TransitionApproved', schemaVersion: 1, data: { proposalId: 'p-1', partyId: 'polisen', protocol } },
    police,
  );
  log.append(
    focusAreaStreamId('centrum'),
    { type: 'TransitionRejected', schemaVersion: 1, data: { proposalId: 'p-1', partyId: 'kommunen', reason: 'Mer underlag', protocol } },
    municipality,
  );
  // A decision of a kind this projection does not know (another context's), read by its protocol alone.
  log.append(
    'annex-lagesbild',
    { type: 'AnnexVersionDecided', schemaVersion: 1, data: { version: 2, decidedOn: '2025-03-13', protocol: { meetingId: 'm-1', paragraph: 1 } } },
    police,
  );
  // A decision naming no meeting, and one naming a meeting the log does not have.
  log.append(focusAreaStreamId('centrum'), { type: 'TransitionApproved', schemaVersion: 1, data: { proposalId: 'p-2', partyId: 'polisen' } }, police);
  log.append(
    focusAreaStreamId('centrum'),
    { type: 'TransitionApproved', schemaVersion: 1, data: { proposalId: 'p-3', partyId: 'polisen', protocol: { meetingId: 'm-9', paragraph: 1 } } },
    police,
  );
  log.append(
    meeting,
    { type: 'MinutesAdopted', schemaVersion: 1, data: { notes: [{ itemId: 'i-2', note: 'Återremitteras.' }], partyIds: ['kommunen', 'polisen'] } },
    coordinator,
  );
  log.append(meeting, { type: 'MinutesChecked', schemaVersion: 1, data: { partyId: 'polisen' } }, police);
  return log;
};

const docOf = (events: ReturnType<ReturnType<typeof eventLog>['events']>): MeetingDoc | undefined =>
  replayProjection(meetingsProjection, events).get('m-1');

describe('the meetings read model', () => {
  it('keeps the agenda with its paragraphs, the day it was held, and the minutes', () => {
    const doc = docOf(aMeetingWithDecisions().events())!;
    expect(doc.agenda.map((item) => [item.paragraph, item.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Centrum till analys'],
    ]);
    expect([doc.status, doc.heldOn, doc.minutes?.notes, doc.revision]).toEqual([
      'minutesAdopted',
      '2025-03-13',
      [{ itemId: 'i-2', note: 'Återremitteras.' }],
      5,
    ]);
    expect(doc.checks.map((c) => [c.partyId, c.actorId])).toEqual([['polisen', 'lomma.rad.polis']]);
  });

  it('files every decision citing the meeting under its paragraph, whatever its type; a decision citing none is not filed', () => {
    const doc = docOf(aMeetingWithDecisions().events())!;
    expect(doc.decisions.map((d) => [d.paragraph, d.eventType, d.partyId, d.reason])).toEqual([
      [2, 'TransitionApproved', 'polisen', null],
      [2, 'TransitionRejected', 'kommunen', 'Mer underlag'],
      [1, 'AnnexVersionDecided', 'polisen', null],
    ]);
    expect(citedParagraphsOf(doc)).toEqual([1, 2]);
    expect(replayProjection(meetingsProjection, aMeetingWithDecisions().events()).has('m-9')).toBe(false);
  });

  it('is final once every party has checked; adopting again before that asks every party again', () => {
    const log = aMeetingWithDecisions();
    log.append(meetingStreamId('m-1'), { type: 'MinutesAdopted', schemaVersion: 1, data: { notes: [], partyIds: ['kommunen', 'polisen'] } }, coordinator);
    expect(docOf(log.events())?.checks).toEqual([]);
    log.append(meetingStreamId('m-1'), { type: 'MinutesChecked', schemaVersion: 1, data: { partyId: 'polisen' } }, police);
    log.append(meetingStreamId('m-1'), { type: 'MinutesChecked', schemaVersion: 1, data: { partyId: 'kommunen' } }, municipality);
    expect(docOf(log.events())?.status).toBe('minutesChecked');
  });

  it('follows a reorder and a removal with the paragraphs', () => {
    const log = aMeetingWithDecisions();
    const events = log.events().slice(0, 3);
    const meeting = meetingStreamId('m-1');
    const more = eventLog('2025-03-01');
    for (const e of events) more.append(e.streamId, { type: e.type, schemaVersion: 1, data: e.data }, coordinator);
    more.append(meeting, { type: 'AgendaReordered', schemaVersion: 1, data: { itemIds: ['i-2', 'i-1'] } }, coordinator);
    expect(docOf(more.events())?.agenda.map((i) => [i.paragraph, i.itemId])).toEqual([
      [1, 'i-2'],
      [2, 'i-1'],
    ]);
    more.append(meeting, { type: 'AgendaItemRemoved', schemaVersion: 1, data: { itemId: 'i-2' } }, coordinator);
    expect(docOf(more.events())?.agenda.map((i) => [i.paragraph, i.itemId])).toEqual([[1, 'i-1']]);
  });

  it('gives the same document from zero as from any checkpoint, and an event applied twice changes nothing', () => {
    const events = aMeetingWithDecisions().events();
    const fromZero = replayProjection(meetingsProjection, events);
    for (const cut of [1, 3, 5, 8, events.length - 1]) {
      expect(replayProjection(meetingsProjection, events.slice(cut), replayProjection(meetingsProjection, events.slice(0, cut)))).toEqual(fromZero);
    }
    expect(replayProjection(meetingsProjection, events.slice(4), fromZero)).toEqual(fromZero);
  });

  it('is indexed by agreement and body', () => {
    expect(meetingsProjection.index(docOf(aMeetingWithDecisions().events())!)).toEqual({
      agreementId: 'lomma',
      kind: 'council',
      occurredAt: '2025-03-13T00:00:00.000Z',
    });
  });
});
