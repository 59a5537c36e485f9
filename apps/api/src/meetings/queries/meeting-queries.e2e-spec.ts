import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';
import { trackWrites } from '../../../../../test/support/writes.js';

/**
 * The meeting queries over HTTP, after the commands that feed them: the agreement's meetings, one
 * meeting with the decisions taken under its paragraphs, agenda suggestions; and who may read
 * which. Every read names the position its command wrote (read-your-writes).
 */
describe('meeting queries (GET /agreements/{id}/meetings, /meetings/{id}, /meetings/{id}/agenda-suggestions)', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let police: HttpClient;
  let municipality: HttpClient;
  let auditor: HttpClient;
  let outsider: HttpClient;
  let council: string;
  let group: string;
  let suggestedFirst: { title: string; onAgenda: boolean };
  const focusAreaId = 'lomma-bostadsinbrott-och-grannsamverkan';

  const writes = trackWrites();
  const track = writes.ok;

  beforeAll(async () => {
    t = await startTestApp();
    [coordinator, police, municipality, auditor, outsider] = await Promise.all(
      ['lomma.samordnare', 'lomma.rad.polis', 'lomma.rad.kommun', 'lomma.revisor', 'vellinge.samordnare'].map((u) => t.as(u)),
    );
    const { proposalId } = track(
      await coordinator.post(`/focus-areas/${focusAreaId}/proposals`, { transition: 'prioritise', grounds: 'Inbrotten ökar i Bjärred.' }),
    ).body;
    council = track(await coordinator.post('/agreements/lomma-2023-2027/meetings', { body: 'council', date: '2025-03-13', place: 'Kommunhuset' })).body
      .meetingId;
    group = track(await coordinator.post('/agreements/lomma-2023-2027/meetings', { body: 'operativeGroup', date: '2025-04-02', place: 'Polishuset' })).body
      .meetingId;
    track(await coordinator.post(`/meetings/${council}/agenda-items`, { title: 'Mötets öppnande', subject: { kind: 'other' } }));
    const suggested = await coordinator.get(`/meetings/${council}/agenda-suggestions?minPosition=${writes.last}`);
    const item = suggested.body.pendingProposals.find((p: { subject: { proposalId: string } }) => p.subject.proposalId === proposalId);
    suggestedFirst = item;
    track(await coordinator.post(`/meetings/${council}/agenda-items`, { title: item.title, subject: item.subject }));
    track(await coordinator.post(`/meetings/${council}/held`, { heldOn: '2025-03-13' }));
    track(await police.post(`/focus-areas/${focusAreaId}/proposals/${proposalId}/approvals`, { protocol: { meetingId: council, paragraph: 2 } }));
    track(await municipality.post(`/focus-areas/${focusAreaId}/proposals/${proposalId}/approvals`, { protocol: { meetingId: council, paragraph: 2 } }));
    const itemId = (await coordinator.get(`/meetings/${council}?minPosition=${writes.last}`)).body.paragraphs[1].itemId;
    track(await coordinator.put(`/meetings/${council}/minutes`, { notes: [{ itemId, note: 'Rådet prioriterade fokusområdet.' }] }));
    track(await police.post(`/meetings/${council}/minutes/checks`, {}));
  });
  afterAll(() => t.close());

  it('suggests pending proposals with a title to start from, and no longer once the council has decided them', async () => {
    expect(suggestedFirst.title).toBe('Bostadsinbrott och grannsamverkan: Prioritera fokusområdet');
    expect(suggestedFirst.onAgenda).toBe(false);
    const res = await coordinator.get(`/meetings/${group}/agenda-suggestions?minPosition=${writes.last}&today=2025-03-14`);
    expect(res.status).toBe(200);
    expect(res.body.pendingProposals.map((p: { subject: { focusAreaId: string } }) => p.subject.focusAreaId)).not.toContain(focusAreaId);
  });

  it('shows the decisions under their paragraph, the note, and who has checked the minutes, by party and function', async () => {
    const res = await auditor.get(`/meetings/${council}?minPosition=${writes.last}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${res.body.revision}"`);
    const [opening, decision] = res.body.paragraphs;
    expect([opening.paragraph, opening.decisions]).toEqual([1, []]);
    expect(decision.paragraph).toBe(2);
    expect(decision.note).toBe('Rådet prioriterade fokusområdet.');
    expect(decision.decisions.map((d: { eventType: string; partyName: string }) => [d.eventType, d.partyName])).toEqual([
      ['TransitionApproved', 'Lokalpolisområde Kävlinge'],
      ['TransitionApproved', 'Lomma kommun'],
    ]);
    expect(res.body.minutes.checks.map((c: { partyName: string; actorFunction: string | null }) => c.partyName)).toEqual(['Lokalpolisområde Kävlinge']);
    expect(res.body.minutes.checks[0].actorFunction).toEqual(expect.any(String));
    expect(res.body.minutes.awaiting.map((p: { partyName: string }) => p.partyName)).toEqual(['Lomma kommun']);
    expect([res.body.status, res.body.citable]).toEqual(['minutesAdopted', true]);
  });

  it('lists the upcoming and held meetings with the meetings held per year', async () => {
    const res = await coordinator.get(`/agreements/lomma-2023-2027/meetings?minPosition=${writes.last}`);
    expect(res.status).toBe(200);
    expect(res.body.upcoming.map((m: { meetingId: string }) => m.meetingId)).toEqual([group]);
    expect(res.body.held.map((m: { meetingId: string; decisionCount: number }) => [m.meetingId, m.decisionCount])).toEqual([[council, 2]]);
    expect(res.body.perYear).toEqual([{ year: 2025, body: 'council', held: 1 }]);
  });

  it("shows council members the council's meetings only; the operative group's are not there for them (404)", async () => {
    const list = await police.get(`/agreements/lomma-2023-2027/meetings?minPosition=${writes.last}`);
    expect(list.body.upcoming).toEqual([]);
    expect((await police.get(`/meetings/${group}?minPosition=${writes.last}`)).status).toBe(404);
    expect((await auditor.get(`/meetings/${group}?minPosition=${writes.last}`)).status).toBe(200);
  });

  it('is refused without sign-in (401), to another agreement and for an unknown meeting (404), and a bad minPosition (400)', async () => {
    expect((await t.anonymous().get(`/meetings/${council}`)).status).toBe(401);
    expect((await outsider.get(`/meetings/${council}?minPosition=${writes.last}`)).status).toBe(404);
    expect((await outsider.get('/agreements/lomma-2023-2027/meetings')).status).toBe(404);
    expect((await coordinator.get('/meetings/no-such-meeting/agenda-suggestions')).status).toBe(404);
    expect((await coordinator.get(`/meetings/${council}?minPosition=abc`)).status).toBe(400);
  });

  it('freezes the meeting once every party has checked: no edit, no new citation', async () => {
    track(await municipality.post(`/meetings/${council}/minutes/checks`, {}));
    const res = await coordinator.get(`/meetings/${council}?minPosition=${writes.last}`);
    expect([res.body.status, res.body.citable]).toEqual(['minutesChecked', false]);
    const edit = await coordinator.put(`/meetings/${council}/minutes`, { notes: [] });
    expect([edit.status, edit.body.rule]).toEqual([422, 'CheckedMinutesCannotChange']);
  });
});
