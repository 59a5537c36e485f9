import { describe, expect, it } from '@jest/globals';
import type { MeetingDoc, ObligationStatus } from '@samverkan/read-models';
import { weekOf } from './periods.js';
import { scheduledNotifications, type AgreementFacts } from './scheduled.js';
import { agreementDecides, assignRole } from '../../read-models/src/testing/agreement-commands.js';
import { actors, boardOf, choosing, directoryOf, fa, lommaWithRoles, moveFor, MUNICIPALITY, POLICE, stream } from './testing/lomma-facts.js';

const COORDINATOR = actors.coordinator.actorId;
const POLICE_REP = actors.policeRepresentative.actorId;
const MUNICIPALITY_REP = actors.municipalityRepresentative.actorId;

/** A focus area in measures with the police's measure due 2024-06-30 and the municipality's due 2024-09-30; a proposal waits for the police. */
const inMeasures = () => {
  const log = lommaWithRoles();
  log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
  for (const [id, kind, from, to] of [
    ['p-1', 'prioritise', 'proposed', 'mapping'],
    ['p-2', 'advance', 'mapping', 'analysis'],
    ['p-3', 'advance', 'analysis', 'measures'],
  ] as const) {
    if (id === 'p-2') log.append(stream, [fa.problemStatement(), fa.source()], actors.coordinator);
    if (id === 'p-3') log.append(stream, fa.cause(), actors.coordinator);
    log.append(stream, fa.propose(id, kind, from, to), actors.coordinator);
    log.append(stream, fa.approve(id, MUNICIPALITY), actors.municipalityRepresentative);
    log.append(stream, [fa.approve(id, POLICE), moveFor(id, kind, from, to)], actors.policeRepresentative, '2024-02-01');
  }
  log.append(
    stream,
    [
      fa.goal(),
      fa.measure({ measureId: 'm-police', activity: 'Riktad patrull', responsiblePartyId: POLICE, responsibleFunction: 'Kommunpolis' }),
      fa.measure({ measureId: 'm-kommun', activity: 'Belysning i parken', dueDate: '2024-09-30' }),
    ],
    actors.coordinator,
    '2024-02-10',
  );
  log.append(stream, fa.propose('p-4', 'advance', 'measures', 'evaluation'), actors.coordinator, '2024-02-11');
  log.append(stream, fa.approve('p-4', MUNICIPALITY), actors.municipalityRepresentative, '2024-02-12');
  return log;
};

const meeting = (over: Partial<MeetingDoc> = {}): MeetingDoc => ({
  meetingId: 'm-1',
  agreementId: 'lomma-2023-2027',
  body: 'council',
  date: '2024-06-27',
  place: 'Kommunhuset, sal 2',
  status: 'scheduled',
  heldOn: null,
  agenda: [{ itemId: 'i-1', paragraph: 1, title: 'Förslag: gå vidare till uppföljning', subject: { kind: 'other' } as never }],
  minutes: null,
  checks: [],
  decisions: [],
  scheduledBy: COORDINATOR,
  revision: 1,
  lastEventAt: '2024-06-01T09:00:00.000Z',
  position: '1',
  ...over,
});

const overdue: ObligationStatus = {
  kind: 'situationPictureUpdate',
  description: 'Lägesbild varje år',
  source: null,
  status: 'overdue',
  dueBy: '2024-06-01',
  lastFulfilledOn: null,
  count: null,
  required: null,
  periodLabel: '2024',
};

const factsOf = (over: Partial<AgreementFacts> = {}): AgreementFacts => {
  const log = inMeasures();
  return { agreement: directoryOf(log), board: [boardOf(log)], obligations: [], meetings: [], ...over };
};

describe('scheduled notifications', () => {
  it('counts weeks from Monday', () => {
    expect([weekOf('2024-06-24'), weekOf('2024-06-26'), weekOf('2024-06-30'), weekOf('2024-07-01')]).toEqual([
      '2024-06-24',
      '2024-06-24',
      '2024-06-24',
      '2024-07-01',
    ]);
  });

  describe('measures due', () => {
    it('mails the coordinator every measure due within their N days or late, earliest first, once a week', () => {
      const mails = scheduledNotifications(factsOf(), choosing([COORDINATOR], ['measuresDue'], 14), '2024-06-20');
      expect(mails).toEqual([
        expect.objectContaining({ id: `measuresDue:${COORDINATOR}:lomma-2023-2027:2024-06-17`, recipientId: COORDINATOR, path: '/forsenat' }),
      ]);
      expect(mails[0]?.text).toContain('- Riktad patrull (Otrygghet vid Lomma centrum kvällstid; ansvarig: Kommunpolis) ska vara klar 2024-06-30');
      expect(mails[0]?.text).not.toContain('Belysning i parken');
      // Later in the same week: the same id, so the outbox keeps the first.
      expect(scheduledNotifications(factsOf(), choosing([COORDINATOR], ['measuresDue'], 14), '2024-06-23').map((m) => m.id)).toEqual([mails[0]?.id]);
    });

    it('mails a council member only the measures their party is responsible for, and says which are late', () => {
      const mails = scheduledNotifications(factsOf(), choosing([POLICE_REP, MUNICIPALITY_REP], ['measuresDue'], 90), '2024-07-02');
      expect(mails.map((m) => m.recipientId)).toEqual([MUNICIPALITY_REP, POLICE_REP]);
      const [toMunicipality, toPolice] = mails;
      expect(toPolice?.text).toContain('Riktad patrull (Otrygghet vid Lomma centrum kvällstid; ansvarig: Kommunpolis) ska vara klar 2024-06-30, försenad');
      expect(toPolice?.text).not.toContain('Belysning');
      expect(toMunicipality?.text).toContain('Belysning i parken');
      expect(toMunicipality?.text).not.toContain('Riktad patrull');
    });

    it('mails a party that shares the responsibility its shared measures too', () => {
      const log = inMeasures();
      log.append(
        stream,
        fa.measure({
          measureId: 'm-shared',
          activity: 'Trygghetsvandring',
          dueDate: '2024-07-15',
          coResponsible: [{ partyId: POLICE, function: 'Kommunpolis' }],
        }),
        actors.coordinator,
      );
      const facts = { ...factsOf(), board: [boardOf(log)] };
      const [toPolice] = scheduledNotifications(facts, choosing([POLICE_REP], ['measuresDue'], 30), '2024-07-01');
      expect(toPolice?.text).toContain('- Trygghetsvandring');
    });

    it('mails nothing when nothing is due within N days, nor to whoever did not choose it', () => {
      expect(scheduledNotifications(factsOf(), choosing([COORDINATOR], ['measuresDue'], 7), '2024-06-01')).toEqual([]);
      expect(scheduledNotifications(factsOf(), choosing([COORDINATOR], ['weeklyDigest']), '2024-06-01')).toEqual([]);
    });
  });

  describe('obligations due', () => {
    it('mails coordinators the obligations due or overdue, and no one else', () => {
      const facts = factsOf({ obligations: [overdue, { ...overdue, kind: 'councilMeetings', status: 'met' }] });
      const mails = scheduledNotifications(facts, choosing([COORDINATOR, POLICE_REP], ['obligationsDue']), '2024-06-20');
      expect(mails.map((m) => [m.recipientId, m.kind])).toEqual([[COORDINATOR, 'obligationsDue']]);
      expect(mails[0]?.text).toContain('(2024) senast 2024-06-01, försenat');
      expect(mails[0]?.text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(1);
    });
  });

  describe("a meeting's agenda", () => {
    it('mails the council and the coordinators the agenda of a council meeting within N days, keyed by the meeting and its day', () => {
      const facts = factsOf({ meetings: [meeting(), meeting({ meetingId: 'm-held', status: 'held' as MeetingDoc['status'] })] });
      const mails = scheduledNotifications(facts, choosing([COORDINATOR, POLICE_REP], ['meetingAgenda'], 14), '2024-06-20');
      expect(mails.map((m) => [m.recipientId, m.id, m.path])).toEqual([
        [COORDINATOR, `meetingAgenda:${COORDINATOR}:lomma-2023-2027:m-1:2024-06-27`, '/moten/m-1'],
        [POLICE_REP, `meetingAgenda:${POLICE_REP}:lomma-2023-2027:m-1:2024-06-27`, '/moten/m-1'],
      ]);
      expect(mails[1]?.text).toContain('Möte med rådet 2024-06-27, Kommunhuset, sal 2.');
      expect(mails[1]?.text).toContain('§ 1 Förslag: gå vidare till uppföljning');
    });

    it("mails an operative group's meeting only to the coordinators, and nothing for a meeting further off than N days", () => {
      const group = factsOf({ meetings: [meeting({ body: 'operativeGroup' })] });
      expect(scheduledNotifications(group, choosing([COORDINATOR, POLICE_REP], ['meetingAgenda']), '2024-06-20').map((m) => m.recipientId)).toEqual([
        COORDINATOR,
      ]);
      expect(scheduledNotifications(factsOf({ meetings: [meeting()] }), choosing([COORDINATOR], ['meetingAgenda'], 3), '2024-06-20')).toEqual([]);
    });
  });

  describe('the weekly digest', () => {
    it("tells a council member what waits for their party's decision and their party's late measures", () => {
      const [digest] = scheduledNotifications(factsOf(), choosing([POLICE_REP], ['weeklyDigest']), '2024-07-02');
      expect(digest).toEqual(expect.objectContaining({ id: `weeklyDigest:${POLICE_REP}:lomma-2023-2027:2024-07-01`, path: '/' }));
      expect(digest?.text).toContain('Förslag som väntar på beslut:\n- Otrygghet vid Lomma centrum kvällstid: gå vidare till nästa steg');
      expect(digest?.text).toContain('Försenade åtgärder:\n- Riktad patrull');
    });

    it('gives a person who is both coordinator and council member both parts', () => {
      const log = inMeasures();
      agreementDecides(
        log,
        assignRole({ userId: COORDINATOR, role: 'councilSubstitute', partyId: POLICE, function: 'Kommunpolis' }),
        actors.administrator,
      );
      const facts = factsOf({ agreement: directoryOf(log), obligations: [overdue] });
      const [digest] = scheduledNotifications(facts, choosing([COORDINATOR], ['weeklyDigest']), '2024-07-02');
      expect(digest?.text).toContain('Förslag som väntar på beslut:');
      expect(digest?.text).toContain('Försenade åtaganden:');
      expect(digest?.text).toContain('Försenade åtgärder:\n- Riktad patrull');
    });

    it('leaves out a proposal the party has decided, and sends nothing when nothing waits', () => {
      expect(scheduledNotifications(factsOf(), choosing([MUNICIPALITY_REP], ['weeklyDigest']), '2024-06-01')).toEqual([]);
    });
  });
});
