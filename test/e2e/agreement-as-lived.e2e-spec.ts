import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../support/deterministic.js';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackWrites } from '../support/writes.js';

const ID = 'as-lived';
const AGREEMENT = `/agreements/${ID}`;
const parties = [
  { partyId: 'kommunen', name: 'Lomma kommun', kind: 'municipality' },
  { partyId: 'polisen', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  { partyId: 'kriminalvarden', name: 'Kriminalvården', kind: 'other' },
];
const deciders = [
  { userId: 'lomma.rad.kommun', partyId: 'kommunen', function: 'Kommunstyrelsens ordförande' },
  { userId: 'lomma.rad.polis', partyId: 'polisen', function: 'Lokalpolisområdeschef' },
  { userId: 'lomma.ersattare.polis', partyId: 'kriminalvarden', function: 'Frivårdschef' },
];
const PROMISE = 'as-lived-medborgarlofte';

interface Identified {
  partyId: string;
}
const idsOf = (list: readonly Identified[]) => list.map((p) => p.partyId);

/**
 * Issue 13's "done when", over HTTP: an agreement of three parties as signed (signatories, chair,
 * council and operative group members) with a citizen promise binding two of them; a council
 * meeting whose agenda carries a transition and the promise's new version; both decisions recorded
 * with their paragraphs; the minutes checked by every party; then a fourth party joins by
 * amendment, and the plan as it stood before and after shows the parties in force.
 */
describe('the agreement as the parties live it, over HTTP', () => {
  const clock = new FixedClock('2025-02-03T08:00:00.000Z');
  let t: TestApp;
  let admin: HttpClient;
  let coordinator: HttpClient;
  let auditor: HttpClient;
  let reps: HttpClient[];
  let focusAreaId: string;
  let proposalId: string;
  let meetingId: string;
  let suggestions: { pendingProposals: { subject: unknown }[]; annexUpdates: { subject: unknown; title: string }[] };
  const writes = trackWrites();
  const ok = writes.ok;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    [admin, coordinator, auditor] = await Promise.all(['admin', 'lomma.samordnare', 'lomma.revisor'].map((u) => t.as(u)));
    reps = await Promise.all(deciders.map((d) => t.as(d.userId)));
    ok(
      await admin.post('/agreements', {
        agreementId: ID,
        name: 'Samverkansöverenskommelse om trygghet i Lomma',
        municipality: 'Lomma',
        parties,
        period: { from: '2024-01-01', to: '2027-12-31' },
        signatories: [
          { partyId: 'kommunen', function: 'Kommunstyrelsens ordförande', signedOn: '2024-03-04' },
          { partyId: 'polisen', function: 'Lokalpolisområdeschef', signedOn: '2024-03-04' },
          { partyId: 'kriminalvarden', function: 'Regionchef', signedOn: '2024-03-06' },
        ],
        council: { name: 'Styrgruppen', chairPartyId: 'kommunen', members: deciders.map(({ partyId, function: f }) => ({ partyId, function: f })) },
        operativeGroup: {
          name: 'Samverkansgruppen',
          members: [
            { partyId: 'kommunen', function: 'Säkerhetschef' },
            { partyId: 'polisen', function: 'Kommunpolis' },
          ],
        },
        obligations: [{ kind: 'councilMeetings', perYear: 4, alsoAsNeeded: true, description: 'Styrgruppen möts fyra gånger per år och vid behov.' }],
      }),
    );
    ok(await admin.post(`${AGREEMENT}/roles`, { userId: 'lomma.samordnare', role: 'coordinator', partyId: 'kommunen', function: 'Säkerhetschef' }));
    ok(await admin.post(`${AGREEMENT}/roles`, { userId: 'lomma.revisor', role: 'auditor', function: 'Revisor' }));
    for (const d of deciders) ok(await admin.post(`${AGREEMENT}/roles`, { ...d, role: 'councilRepresentative' }));

    // The citizen promise binds the municipality and the police, not Kriminalvården.
    ok(await coordinator.post(`${AGREEMENT}/annexes`, { annexId: PROMISE, kind: 'citizenPromise', title: 'Medborgarlöfte 2025' }));
    ok(
      await coordinator.post(`${AGREEMENT}/annexes/${PROMISE}/versions`, {
        text: 'Vi lovar att tillsammans öka tryggheten i Lomma centrum kvällstid.',
        bindingPartyIds: ['kommunen', 'polisen'],
      }),
    );
    focusAreaId = ok(
      await coordinator.post(`${AGREEMENT}/focus-areas`, {
        title: 'Otrygghet i centrum kvällstid',
        description: 'Medborgardialogen pekar ut centrum.',
        childrenAndYoungPeople: false,
      }),
    ).body.focusAreaId;
    proposalId = ok(
      await coordinator.post(`/focus-areas/${focusAreaId}/proposals`, { transition: 'prioritise', grounds: 'Lägesbilden visar ökad otrygghet.' }),
    ).body.proposalId;

    clock.set('2025-03-01T08:00:00.000Z');
    meetingId = ok(await coordinator.post(`${AGREEMENT}/meetings`, { body: 'council', date: '2025-03-13', place: 'Kommunhuset' })).body.meetingId;
    suggestions = (await coordinator.get(`/meetings/${meetingId}/agenda-suggestions?minPosition=${writes.last}`)).body;
    const transition = suggestions.pendingProposals[0]!;
    const annexUpdate = suggestions.annexUpdates[0]!;
    ok(await coordinator.post(`/meetings/${meetingId}/agenda-items`, { title: 'Prioritering: otrygghet i centrum', subject: transition.subject }));
    ok(await coordinator.post(`/meetings/${meetingId}/agenda-items`, { title: annexUpdate.title, subject: annexUpdate.subject }));

    clock.set('2025-03-13T15:00:00.000Z');
    ok(await coordinator.post(`/meetings/${meetingId}/held`, { heldOn: '2025-03-13' }));
    for (const rep of reps) ok(await rep.post(`/focus-areas/${focusAreaId}/proposals/${proposalId}/approvals`, { protocol: { meetingId, paragraph: 1 } }));
    ok(await coordinator.post(`${AGREEMENT}/annexes/${PROMISE}/versions/1/decision`, { decidedOn: '2025-03-13', protocol: { meetingId, paragraph: 2 } }));
    clock.set('2025-03-20T09:00:00.000Z');
    for (const rep of reps.slice(0, 2)) ok(await rep.post(`${AGREEMENT}/annexes/${PROMISE}/versions/1/signatures`, { signedOn: '2025-03-20' }));
    ok(await coordinator.put(`/meetings/${meetingId}/minutes`, { notes: [] }));
    for (const rep of reps) ok(await rep.post(`/meetings/${meetingId}/minutes/checks`, {}));

    clock.set('2025-05-02T08:00:00.000Z');
    ok(
      await coordinator.post(`${AGREEMENT}/amendments`, {
        amendmentId: 'raddningstjansten-ansluter',
        effectiveFrom: '2025-06-01',
        grounds: 'Räddningstjänsten ansluter.',
        changes: [
          {
            kind: 'addParty',
            party: { partyId: 'raddningstjansten', name: 'Räddningstjänsten Syd', kind: 'other' },
            signatory: { function: 'Räddningschef', signedOn: '2025-05-20' },
          },
        ],
      }),
    );
    clock.set('2025-05-14T15:00:00.000Z');
    for (const rep of reps) ok(await rep.post(`${AGREEMENT}/amendments/raddningstjansten-ansluter/approvals`, {}));
  });
  afterAll(() => t.close());

  it('suggested the pending transition and the promise’s new version for the agenda', () => {
    expect(suggestions.pendingProposals.map((p) => p.subject)).toEqual([{ kind: 'transition', focusAreaId, proposalId }]);
    expect(suggestions.annexUpdates.map((a) => a.subject)).toEqual([{ kind: 'annexVersion', annexId: PROMISE, version: 1 }]);
  });

  it('shows the agreement as signed: signatories, chair, council and operative group members by function', async () => {
    const res = await auditor.get(`${AGREEMENT}?minPosition=${writes.last}`);
    expect(res.status).toBe(200);
    expect(res.body.agreement.council.chairPartyId).toBe('kommunen');
    expect(res.body.agreement.council.members.map((m: { function: string }) => m.function)).toEqual(deciders.map((d) => d.function));
    expect(res.body.agreement.operativeGroup.members).toHaveLength(2);
    expect(res.body.agreement.signatories.map((s: Identified) => s.partyId)).toEqual(['kommunen', 'polisen', 'kriminalvarden', 'raddningstjansten']);
  });

  it('moved the focus area on the three approvals, and the meeting shows both decisions under their paragraphs, checked by every party', async () => {
    const meeting = await auditor.get(`/meetings/${meetingId}?minPosition=${writes.last}`);
    expect(meeting.status).toBe(200);
    expect(meeting.body.status).toBe('minutesChecked');
    const [first, second] = meeting.body.paragraphs;
    expect(first.decisions.map((d: { eventType: string; partyId: string }) => [d.eventType, d.partyId])).toEqual(
      deciders.map((d) => ['TransitionApproved', d.partyId]),
    );
    expect(second.decisions.map((d: { eventType: string }) => d.eventType)).toEqual(['AnnexVersionDecided']);
    expect(meeting.body.minutes.checks.map((c: Identified) => c.partyId).sort()).toEqual(['kommunen', 'kriminalvarden', 'polisen']);
  });

  it('made the citizen promise valid once the two parties it binds had signed', async () => {
    const res = await auditor.get(`${AGREEMENT}/annexes?minPosition=${writes.last}`);
    const promise = res.body.annexes.find((a: { annexId: string }) => a.annexId === PROMISE);
    expect(promise.currentVersion).toBe(1);
    expect(promise.versions[0]).toMatchObject({
      bindingPartyIds: ['kommunen', 'polisen'],
      validFrom: '2025-03-20',
      decision: { protocol: { meetingId, paragraph: 2 } },
    });
  });

  it('refuses a decision citing the meeting once its minutes are checked, and any change to its agenda (422)', async () => {
    ok(await coordinator.post(`${AGREEMENT}/annexes/${PROMISE}/versions`, { text: 'Ett nytt löfte.', bindingPartyIds: ['kommunen', 'polisen'] }));
    const decision = await coordinator.post(`${AGREEMENT}/annexes/${PROMISE}/versions/2/decision`, {
      decidedOn: '2025-05-14',
      protocol: { meetingId, paragraph: 2 },
    });
    expect([decision.status, decision.body.rule]).toEqual([422, 'MinutesMustNotBeChecked']);
    const edit = await coordinator.post(`/meetings/${meetingId}/agenda-items`, { title: 'Övrigt', subject: { kind: 'other' } });
    expect(edit.status).toBe(422);
  });

  it('shows the paragraphs in the audit history, and counts the meeting held towards the meetings per year', async () => {
    const audit = await auditor.get(`${AGREEMENT}/audit?minPosition=${writes.last}&pageSize=200`);
    expect(audit.status).toBe(200);
    const rows = audit.body.items;
    const cited = rows
      .filter((r: { protocol?: unknown }) => r.protocol)
      .map((r: { eventType: string; protocol: { paragraph: number } }) => [r.eventType, r.protocol.paragraph]);
    expect(cited).toEqual(expect.arrayContaining([...deciders.map(() => ['TransitionApproved', 1]), ['AnnexVersionDecided', 2]]));
    const due = await auditor.get(`${AGREEMENT}/late-and-due?today=2025-04-01&minPosition=${writes.last}`);
    const meetings2025 = due.body.obligations.find((o: { kind: string; periodLabel: string }) => o.kind === 'councilMeetings' && o.periodLabel === '2025');
    expect(meetings2025).toMatchObject({ count: 1, required: 4 });
  });

  it('shows the plan before and after the fourth party joined', async () => {
    const partiesOn = async (asOf: string) => idsOf((await auditor.get(`${AGREEMENT}/plan?asOf=${asOf}&minPosition=${writes.last}`)).body.partiesInForce);
    expect(await partiesOn('2025-03-14')).toEqual(['kommunen', 'polisen', 'kriminalvarden']);
    expect(await partiesOn('2025-06-02')).toEqual(['kommunen', 'polisen', 'kriminalvarden', 'raddningstjansten']);
  });

  it('asks the joining party for its consent only from the day the amendment takes effect', async () => {
    clock.set('2025-05-20T08:00:00.000Z');
    const next = ok(
      await coordinator.post(`${AGREEMENT}/focus-areas`, { title: 'Trygghet i hamnen', description: 'Oro kvällstid.', childrenAndYoungPeople: false }),
    ).body.focusAreaId;
    ok(await coordinator.post(`/focus-areas/${next}/proposals`, { transition: 'prioritise', grounds: 'Medborgardialogen.' }));
    const awaitingOn = async () => {
      const board = await coordinator.get(`${AGREEMENT}/board?minPosition=${writes.last}`);
      return board.body.focusAreas.find((f: { focusAreaId: string }) => f.focusAreaId === next).pendingProposal.awaiting;
    };
    expect(await awaitingOn()).toEqual(['kommunen', 'polisen', 'kriminalvarden']);
    expect((await coordinator.get(`${AGREEMENT}/inbox?partyId=raddningstjansten&minPosition=${writes.last}`)).status).toBe(404);
    clock.set('2025-06-02T08:00:00.000Z');
    expect(await awaitingOn()).toEqual(['kommunen', 'polisen', 'kriminalvarden', 'raddningstjansten']);
    const inbox = await coordinator.get(`${AGREEMENT}/inbox?partyId=raddningstjansten&minPosition=${writes.last}`);
    expect(inbox.status).toBe(200);
    expect(inbox.body[0].items).toHaveLength(1);
  });
});
