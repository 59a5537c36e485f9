import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackWrites } from '../support/writes.js';

const AGREEMENT = '/agreements/lomma-2023-2027';

interface Row {
  readonly eventType: string;
  readonly summary: string;
  readonly partyId: string | null;
  readonly partyName: string | null;
  readonly focusAreaId: string | null;
  readonly focusAreaTitle: string | null;
  readonly proposalId: string | null;
  readonly references: readonly { subject: string; id: string; name: string | null }[];
  readonly data: Record<string, unknown>;
}

/**
 * The audit history as a person reads it: a Lomma focus area taken to measures over HTTP, a
 * proposal rejected by the police, a measure followed up and then removed; the rows then name the
 * parties, the measure, the goal and the proposals, in the page, the CSV and the JSON export,
 * while the JSON keeps every id.
 */
describe('the audit history with names, over HTTP', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let municipalityCouncil: HttpClient;
  let policeCouncil: HttpClient;
  let auditor: HttpClient;
  let focusAreaId: string;
  let focusAreaTitle: string;
  let path: string;
  let measureId: string;
  let goalId: string;

  const writes = trackWrites();
  const track = writes.ok;
  const decideTogether = async (body: Record<string, unknown>) => {
    const { proposalId } = track(await coordinator.post(`${path}/proposals`, body)).body;
    track(await municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
    track(await policeCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
  };
  const rows = async (query = ''): Promise<Row[]> => {
    const res = await auditor.get<{ items: Row[] }>(`${AGREEMENT}/audit?focusAreaId=${focusAreaId}&pageSize=500&minPosition=${writes.last}${query}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const summariesOf = (items: readonly Row[], type: string) => items.filter((r) => r.eventType === type).map((r) => r.summary);

  beforeAll(async () => {
    t = await startTestApp();
    [coordinator, municipalityCouncil, policeCouncil, auditor] = await Promise.all(
      ['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis', 'lomma.revisor'].map((u) => t.as(u)),
    );
    const agreement = await coordinator.get(AGREEMENT);
    const children = agreement.body.focusAreas.find((f: { childrenAndYoungPeople: boolean }) => f.childrenAndYoungPeople);
    ({ focusAreaId, title: focusAreaTitle } = children);
    path = `/focus-areas/${focusAreaId}`;

    await decideTogether({ transition: 'prioritise', grounds: 'Lägesbilden visar oro bland unga.' });
    track(await coordinator.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärred', when: 'Kvällar', howOften: 'Varje vecka' }));
    track(await coordinator.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen' }));
    const early = track(await coordinator.post(`${path}/proposals`, { transition: 'advance', grounds: 'Kartläggningen är nästan klar.' }));
    track(await policeCouncil.post(`${path}/proposals/${early.body.proposalId}/rejections`, { reason: 'Lägesbilden är inte klar än.' }));
    await decideTogether({ transition: 'advance', grounds: 'Kartläggningen är klar.' });
    const cause = track(await coordinator.post(`${path}/causes`, { description: 'Få vuxna ute kvällstid', factor: 'place' }));
    await decideTogether({ transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
    const goal = track(
      await coordinator.post(`${path}/goals`, {
        description: 'Färre unga känner sig otrygga',
        indicator: 'Andel otrygga',
        baseline: 30,
        target: 20,
        targetDate: '2026-12-31',
        followUpMethod: 'Trygghetsmätningen',
      }),
    );
    goalId = goal.body.goalId;
    const measure = track(
      await coordinator.post(`${path}/measures`, {
        causeId: cause.body.causeId,
        goalId,
        activity: 'Vuxenvandringar',
        operationalGoal: '40 kvällar',
        dueDate: '2024-03-31',
        responsiblePartyId: 'lpo-kavlinge',
        responsibleFunction: 'Kommunpolis',
        followUpMethod: 'Kvartalsrapport',
        kind: 'ordinaryWork',
      }),
    );
    measureId = measure.body.measureId;
    track(await coordinator.put(`${path}/measures/${measureId}/status`, { status: 'red', comment: 'För få vuxna anmälda' }));
    track(await coordinator.delete(`${path}/measures/${measureId}`));
  });
  afterAll(() => t.close());

  it('names the parties and the proposal of each approval, and the council decision behind each move', async () => {
    const items = await rows();
    expect(summariesOf(items, 'TransitionApproved')).toEqual([
      'Godkände förslaget att prioritera fokusområdet för Lomma kommun',
      'Godkände förslaget att prioritera fokusområdet för Lokalpolisområde Kävlinge',
      'Godkände förslaget att gå vidare från kartläggning till analys för Lomma kommun',
      'Godkände förslaget att gå vidare från kartläggning till analys för Lokalpolisområde Kävlinge',
      'Godkände förslaget att gå vidare från analys till åtgärder för Lomma kommun',
      'Godkände förslaget att gå vidare från analys till åtgärder för Lokalpolisområde Kävlinge',
    ]);
    expect(summariesOf(items, 'StepAdvanced')).toEqual([
      'Gick vidare från kartläggning till analys enligt rådets beslut',
      'Gick vidare från analys till åtgärder enligt rådets beslut',
    ]);
    expect(summariesOf(items, 'TransitionRejected')).toEqual([
      'Avslog förslaget att gå vidare från kartläggning till analys för Lokalpolisområde Kävlinge: Lägesbilden är inte klar än.',
    ]);
  });

  it('names the measure that was removed, and its responsible party, as they were', async () => {
    const items = await rows();
    expect(summariesOf(items, 'MeasurePlanned')[0]).toContain('ansvarig Lokalpolisområde Kävlinge (Kommunpolis)');
    expect(summariesOf(items, 'MeasureStatusUpdated')).toEqual(['Följde upp åtgärden ”Vuxenvandringar”: röd (avviker)']);
    expect(summariesOf(items, 'MeasureRemoved')).toEqual(['Tog bort åtgärden ”Vuxenvandringar”']);
    // Gone from the plan, yet its rows still say which measure they were about.
    expect((await coordinator.get(path)).body.focusArea.work.measures).toEqual([]);
  });

  it('gives the party and focus area names beside their ids, and no id in any sentence', async () => {
    const items = await rows();
    const rejection = items.find((r) => r.eventType === 'TransitionRejected')!;
    expect(rejection).toMatchObject({ partyId: 'lpo-kavlinge', partyName: 'Lokalpolisområde Kävlinge', focusAreaId, focusAreaTitle });
    const ids = items.flatMap((r) => r.references.map((ref) => ref.id));
    expect(ids).toEqual(expect.arrayContaining([measureId, goalId, 'lpo-kavlinge', 'lomma-kommun']));
    for (const row of items) for (const id of ids) expect(row.summary).not.toContain(id);
  });

  it('names them in the CSV for Excel, and keeps the ids in their own columns', async () => {
    const csv = await auditor.get(
      `${AGREEMENT}/audit/export?focusAreaId=${focusAreaId}&kind=TransitionRejected,MeasureRemoved&format=csv&minPosition=${writes.last}`,
    );
    expect(csv.status).toBe(200);
    const text = String(csv.body);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, rejected, removed] = parse(text, { delimiter: ';', bom: true }) as string[][];
    const cell = (record: string[] | undefined, name: string) => record![header!.indexOf(name)];
    expect(cell(removed, 'Sammanfattning')).toBe('Tog bort åtgärden ”Vuxenvandringar”');
    expect(cell(removed, 'Fokusområde')).toBe(focusAreaTitle);
    expect(cell(removed, 'Fokusområdes-id')).toBe(focusAreaId);
    expect(cell(rejected, 'För part')).toBe('Lokalpolisområde Kävlinge');
    expect(cell(rejected, 'Part-id')).toBe('lpo-kavlinge');
    expect(cell(rejected, 'Förslag')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes the CSV as the screen shows it: Swedish event names, Swedish local times, the rows in the order asked, the filter in the file name', async () => {
    const query = `focusAreaId=${focusAreaId}&kind=TransitionApproved&minPosition=${writes.last}`;
    const page = await auditor.get<{ items: (Row & { occurredAt: string; position: string })[] }>(`${AGREEMENT}/audit?${query}&order=desc&pageSize=500`);
    const csv = await auditor.get(`${AGREEMENT}/audit/export?${query}&order=desc&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="granskning-lomma-2023-2027-${focusAreaId}-godkannande-av-part.csv"`);
    const [header, ...records] = parse(String(csv.body), { delimiter: ';', bom: true }) as string[][];
    const column = (name: string) => records.map((record) => record[header!.indexOf(name)]);
    expect(column('Position')).toEqual(page.body.items.map((r) => r.position));
    expect(new Set(column('Händelse'))).toEqual(new Set(['Godkännande av part']));
    const swedish = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });
    expect(column('Tidpunkt (svensk tid)')).toEqual(page.body.items.map((r) => swedish.format(new Date(r.occurredAt))));
  });

  it('gives the JSON export in the order asked too, and names its file by the filter', async () => {
    const query = `focusAreaId=${focusAreaId}&kind=TransitionApproved&from=2024-01-01&minPosition=${writes.last}`;
    const asc = await auditor.get<Row[]>(`${AGREEMENT}/audit/export?${query}&format=json`);
    const desc = await auditor.get<Row[]>(`${AGREEMENT}/audit/export?${query}&format=json&order=desc`);
    expect(desc.body.map((r) => r.summary)).toEqual(asc.body.map((r) => r.summary).reverse());
    expect(desc.headers.get('content-disposition')).toContain(
      `filename="granskning-lomma-2023-2027-fran-2024-01-01-${focusAreaId}-godkannande-av-part.json"`,
    );
  });

  it('refuses an order it does not know, naming the field', async () => {
    const res = await auditor.get(`${AGREEMENT}/audit/export?order=sideways`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('order');
  });

  it('keeps every id in the JSON export, with the name it had', async () => {
    const json = await auditor.get<Row[]>(
      `${AGREEMENT}/audit/export?focusAreaId=${focusAreaId}&kind=MeasureRemoved,TransitionRejected&format=json&minPosition=${writes.last}`,
    );
    expect(json.status).toBe(200);
    const [rejected, removed] = json.body;
    expect(removed).toMatchObject({ data: { measureId }, references: [{ subject: 'measure', id: measureId, name: 'Vuxenvandringar' }] });
    expect(rejected!.references).toEqual([
      { subject: 'party', id: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge' },
      { subject: 'proposal', id: rejected!.proposalId, name: 'att gå vidare från kartläggning till analys' },
    ]);
  });

  it("names the parties of the agreement's own rows, and the focus area of rows across the agreement", async () => {
    const parties = (await auditor.get(AGREEMENT)).body.agreement.parties as { partyId: string; name: string }[];
    const res = await auditor.get<{ items: Row[] }>(`${AGREEMENT}/audit?kind=RoleAssigned,TransitionApproved&pageSize=500&minPosition=${writes.last}`);
    const partyRoles = res.body.items.filter((r) => r.eventType === 'RoleAssigned' && typeof r.data['partyId'] === 'string');
    expect(partyRoles.length).toBeGreaterThan(0);
    for (const row of partyRoles) {
      const party = parties.find((p) => p.partyId === row.data['partyId'])!;
      expect(row.summary).toContain(` för ${party.name} (`);
    }
    expect(res.body.items.filter((r) => r.eventType === 'TransitionApproved').every((r) => r.focusAreaTitle === focusAreaTitle)).toBe(true);
  });
});
