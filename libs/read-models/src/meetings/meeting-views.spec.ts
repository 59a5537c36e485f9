import { describe, expect, it } from '@jest/globals';
import { meetingStreamId } from '@samverkan/shared-kernel';
import { agreementDirectoryProjection } from '../agreement-directory/agreement-directory.projection.js';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import { focusAreaBoardProjection } from '../focus-area-board/focus-area-board.projection.js';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, assignRole, registerLomma } from '../testing/agreement-commands.js';
import { eventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { type AgreementMatters, agendaSuggestions } from './agenda-suggestions.js';
import type { MeetingDoc } from './meeting.doc.js';
import { agreementMeetings, mayReadMeeting, meetingDetail } from './meeting-views.js';
import { meetingsProjection } from './meetings.projection.js';

const transition = { kind: 'transition', focusAreaId: FOCUS_AREA_ID, proposalId: 'p-1' } as const;

const world = () => {
  const log = eventLog('2025-01-10');
  agreementDecides(log, registerLomma());
  agreementDecides(log, assignRole({ userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: POLICE, function: 'Lokalpolisområdeschef' }));
  agreementDecides(log, assignRole({ userId: 'lomma.samordnare', role: 'coordinator', partyId: MUNICIPALITY, function: 'Säkerhetschef' }));
  log.append(focusAreaStream(), [fa.proposed()], actors.coordinator);
  log.append(
    focusAreaStream(),
    [
      {
        type: 'TransitionProposed',
        schemaVersion: 1,
        data: { proposalId: 'p-1', transition: 'prioritise', from: 'proposed', to: 'mapping', grounds: 'Oro i centrum.' },
      },
    ],
    actors.coordinator,
  );
  const meeting = (id: string, body: 'council' | 'operativeGroup', date: string) =>
    log.append(
      meetingStreamId(id),
      { type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId: id, agreementId: AGREEMENT_ID, body, date, place: 'Kommunhuset' } },
      actors.coordinator,
    );
  meeting('m-1', 'council', '2025-02-13');
  meeting('m-2', 'operativeGroup', '2025-03-01');
  meeting('m-3', 'council', '2025-05-20');
  log.append(
    meetingStreamId('m-1'),
    { type: 'AgendaItemAdded', schemaVersion: 1, data: { itemId: 'i-1', title: 'Centrum', subject: transition } },
    actors.coordinator,
  );
  log.append(meetingStreamId('m-1'), { type: 'MeetingHeld', schemaVersion: 1, data: { heldOn: '2025-02-13' } }, actors.coordinator);
  log.append(meetingStreamId('m-2'), { type: 'MeetingHeld', schemaVersion: 1, data: { heldOn: '2025-03-01' } }, actors.coordinator);
  log.append(
    focusAreaStream(),
    { type: 'TransitionApproved', schemaVersion: 1, data: { proposalId: 'p-1', partyId: POLICE, protocol: { meetingId: 'm-1', paragraph: 1 } } },
    actors.policeRepresentative,
  );
  log.append(
    meetingStreamId('m-1'),
    { type: 'MinutesAdopted', schemaVersion: 1, data: { notes: [{ itemId: 'i-1', note: 'Beslut enligt förslaget.' }], partyIds: [MUNICIPALITY, POLICE] } },
    actors.coordinator,
  );
  log.append(meetingStreamId('m-1'), { type: 'MinutesChecked', schemaVersion: 1, data: { partyId: POLICE } }, actors.policeRepresentative);
  const events = log.events();
  return {
    agreement: replayProjection(agreementDirectoryProjection, events).get(AGREEMENT_ID) as AgreementDirectoryDoc,
    boards: [...replayProjection(focusAreaBoardProjection, events).values()] as FocusAreaBoardDoc[],
    meetings: replayProjection(meetingsProjection, events) as Map<string, MeetingDoc>,
  };
};

describe('the meetings of an agreement', () => {
  it('are upcoming soonest first, held latest first, with meetings held per year and body', () => {
    const { meetings } = world();
    const view = agreementMeetings(AGREEMENT_ID, [...meetings.values()]);
    expect(view.upcoming.map((m) => m.meetingId)).toEqual(['m-3']);
    expect(view.held.map((m) => m.meetingId)).toEqual(['m-2', 'm-1']);
    expect(view.perYear).toEqual([
      { year: 2025, body: 'council', held: 1 },
      { year: 2025, body: 'operativeGroup', held: 1 },
    ]);
  });

  it("are read by coordinators and auditors all; by council members the council's only; by nobody else", () => {
    const { agreement } = world();
    expect(mayReadMeeting(agreement, 'lomma.samordnare', false, 'operativeGroup')).toBe(true);
    expect(mayReadMeeting(agreement, 'lomma.rad.polis', false, 'council')).toBe(true);
    expect(mayReadMeeting(agreement, 'lomma.rad.polis', false, 'operativeGroup')).toBe(false);
    expect(mayReadMeeting(agreement, 'vellinge.samordnare', false, 'council')).toBe(false);
    expect(mayReadMeeting(agreement, 'admin', true, 'operativeGroup')).toBe(true);
  });
});

describe('one meeting', () => {
  it('shows each decision under its paragraph with the party and the function of who decided, and who has still to check', () => {
    const { agreement, boards, meetings } = world();
    const detail = meetingDetail(meetings.get('m-1')!, agreement, boards);
    const [first] = detail.paragraphs;
    expect(first!.decisions.map((d) => [d.eventType, d.partyName, d.actorFunction])).toEqual([
      ['TransitionApproved', 'Lokalpolisområde Kävlinge', 'Lokalpolisområdeschef'],
    ]);
    expect(first!.note).toBe('Beslut enligt förslaget.');
    expect(detail.minutes?.checks.map((c) => [c.partyName, c.actorFunction])).toEqual([['Lokalpolisområde Kävlinge', 'Lokalpolisområdeschef']]);
    expect(detail.minutes?.awaiting.map((p) => p.partyId)).toEqual([MUNICIPALITY]);
    expect(detail.citable).toBe(true);
  });

  it('gives the decision material of a pending transition: the proposal and the work so far', () => {
    const { agreement, boards, meetings } = world();
    const material = meetingDetail(meetings.get('m-1')!, agreement, boards).paragraphs[0]!.material;
    expect(material?.proposal).toEqual({ transition: 'prioritise', from: 'proposed', to: 'mapping', grounds: 'Oro i centrum.', approvedBy: [POLICE] });
    expect(material?.work.sources).toBe(0);
  });

  it('is not citable when it is the operative group’s', () => {
    const { agreement, boards, meetings } = world();
    expect(meetingDetail(meetings.get('m-2')!, agreement, boards).citable).toBe(false);
  });
});

describe('agenda suggestions', () => {
  const NOTHING_ELSE: AgreementMatters = { agreement: { amendments: [] }, annexes: [], obligations: [] };

  it('offer the pending proposal with a title, and say whether it is already on the agenda', () => {
    const { boards, meetings } = world();
    const forUpcoming = agendaSuggestions(meetings.get('m-3')!, boards, NOTHING_ELSE, '2025-05-01');
    expect(forUpcoming.pendingProposals.map((p) => [p.title, p.onAgenda])).toEqual([
      ['Otrygghet vid Lomma centrum kvällstid: Prioritera fokusområdet', false],
    ]);
    expect(agendaSuggestions(meetings.get('m-1')!, boards, NOTHING_ELSE, '2025-05-01').pendingProposals[0]!.onAgenda).toBe(true);
  });

  it('offer only the obligations that are due or overdue', () => {
    const { boards, meetings } = world();
    const row = {
      kind: 'councilMeetings',
      description: 'Fyra möten',
      source: null,
      dueBy: null,
      lastFulfilledOn: null,
      count: 1,
      required: 4,
      periodLabel: '2025',
    } as const;
    const suggestions = agendaSuggestions(
      meetings.get('m-3')!,
      boards,
      {
        ...NOTHING_ELSE,
        obligations: [
          { ...row, status: 'due' },
          { ...row, status: 'met' },
        ],
      },
      '2025-05-01',
    );
    expect(suggestions.obligationsDue.map((o) => o.status)).toEqual(['due']);
  });

  it('offer the annex versions not yet decided and the amendments awaiting consent, each once, marked when on the agenda', () => {
    const { boards, meetings } = world();
    const version = (n: number, decided: boolean) => ({
      version: n,
      text: 'Text',
      files: [],
      bindingPartyIds: [POLICE, MUNICIPALITY],
      drafted: { at: '2025-04-01T10:00:00Z', by: 'lomma.samordnare' },
      decision: decided ? { at: '2025-04-02T10:00:00Z', by: 'lomma.samordnare', decidedOn: '2025-04-02', protocol: null } : null,
      signatures: [],
      validFrom: null,
    });
    const annex = {
      annexId: 'lagesbild',
      agreementId: 'a',
      kind: 'situationPicture',
      title: 'Lägesbild 2025',
      created: { at: '2025-04-01T10:00:00Z', by: 'lomma.samordnare' },
      versions: [version(1, true), version(2, false)],
      lastEventAt: '2025-04-02T10:00:00Z',
      revision: 3,
      position: '9',
    } as const;
    const amendment = (amendmentId: string, status: 'pending' | 'decided') => ({
      amendmentId,
      proposedOn: '2025-04-01',
      proposedAt: '2025-04-01T10:00:00Z',
      proposedBy: 'lomma.samordnare',
      effectiveFrom: '2025-06-01',
      grounds: 'Räddningstjänsten ansluter.',
      changes: [],
      consentOf: [POLICE, MUNICIPALITY],
      decisions: [],
      status,
      closedAt: null,
    });
    const suggestions = agendaSuggestions(
      meetings.get('m-3')!,
      boards,
      { agreement: { amendments: [amendment('old', 'decided'), amendment('new', 'pending')] }, annexes: [annex], obligations: [] },
      '2025-05-01',
    );
    expect(suggestions.annexUpdates.map((a) => [a.title, a.subject, a.onAgenda])).toEqual([
      ['Beslut om lägesbild: Lägesbild 2025, version 2', { kind: 'annexVersion', annexId: 'lagesbild', version: 2 }, false],
    ]);
    expect(suggestions.pendingAmendments.map((a) => [a.subject, a.effectiveFrom])).toEqual([[{ kind: 'amendment', amendmentId: 'new' }, '2025-06-01']]);
  });
});
