import type { HttpClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

/** The Lomma agreement of config/agreements, as the demo seed loads it. */
export const LOMMA = {
  agreementId: 'lomma-2023-2027',
  municipality: 'lomma-kommun',
  police: 'lpo-kavlinge',
  children: { id: 'lomma-barn-och-ungdomar', title: 'Barn och ungdomar' },
  burglary: { id: 'lomma-bostadsinbrott-och-grannsamverkan', title: 'Bostadsinbrott och grannsamverkan' },
  alcohol: { id: 'lomma-alkohol-och-tobakstillsyn', title: 'Alkohol- och tobakstillsyn' },
} as const;

const ok = <T extends { status: number; body: unknown }>(res: T, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

export interface LommaClients {
  readonly coordinator: HttpClient;
  readonly municipalityCouncil: HttpClient;
  readonly policeCouncil: HttpClient;
}

export const lommaClients = async (server: TestApp): Promise<LommaClients> => {
  const [coordinator, municipalityCouncil, policeCouncil] = await Promise.all(
    ['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis'].map((u) => server.as(u)),
  );
  return { coordinator: coordinator!, municipalityCouncil: municipalityCouncil!, policeCouncil: policeCouncil! };
};

/** A coordinator's proposal, made through the API as the test's setup; answers the proposal id. */
export const propose = async (
  clients: LommaClients,
  focusAreaId: string,
  body: { transition: string; grounds: string; meeting?: { name: string; date: string } },
): Promise<string> => ok(await clients.coordinator.post(`/focus-areas/${focusAreaId}/proposals`, body), `propose ${body.transition}`).body.proposalId;

/** Both parties approve through the API: the transition happens. */
export const decideTogether = async (clients: LommaClients, focusAreaId: string, body: Parameters<typeof propose>[2]) => {
  const proposalId = await propose(clients, focusAreaId, body);
  ok(await clients.municipalityCouncil.post(`/focus-areas/${focusAreaId}/proposals/${proposalId}/approvals`, {}), 'approve (kommun)');
  ok(await clients.policeCouncil.post(`/focus-areas/${focusAreaId}/proposals/${proposalId}/approvals`, {}), 'approve (polis)');
};

/**
 * Takes "Barn och ungdomar" through mapping and analysis to measures, with one measure due long
 * ago (late) and a proposal to move on to evaluation that only the municipality has approved.
 */
export const childrenFocusAreaWithLateMeasure = async (clients: LommaClients): Promise<void> => {
  const id = LOMMA.children.id;
  const path = `/focus-areas/${id}`;
  const c = clients.coordinator;
  await decideTogether(clients, id, {
    transition: 'prioritise',
    grounds: 'Lägesbilden visar oro bland unga.',
    meeting: { name: 'Styrgruppen 1/2024', date: '2024-02-01' },
  });
  ok(
    await c.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärred centrum', when: 'Fredagskvällar', howOften: 'Varje vecka' }),
    'problem',
  );
  ok(await c.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen 2023' }), 'source');
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
  const cause = ok(await c.post(`${path}/causes`, { description: 'Få vuxna ute kvällstid', factor: 'place' }), 'cause');
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
  const goal = ok(
    await c.post(`${path}/goals`, {
      description: 'Färre unga känner sig otrygga',
      indicator: 'Andel otrygga',
      baseline: 30,
      target: 20,
      targetDate: '2026-12-31',
      followUpMethod: 'Trygghetsmätningen',
    }),
    'goal',
  );
  ok(
    await c.post(`${path}/measures`, {
      causeId: cause.body.causeId,
      goalId: goal.body.goalId,
      activity: 'Vuxenvandringar',
      operationalGoal: '40 kvällar',
      dueDate: '2024-03-31',
      responsiblePartyId: LOMMA.police,
      responsibleFunction: 'Kommunpolis',
      followUpMethod: 'Kvartalsrapport',
      kind: 'ordinaryWork',
    }),
    'measure',
  );
  ok(await c.put(`${path}/child-impact-assessment`, { summary: 'Berör unga 13–17 år.', conclusion: 'Barnets bästa gynnas.' }), 'child impact');
  const proposalId = await propose(clients, id, {
    transition: 'advance',
    grounds: 'Åtgärdsplanen är klar och barnkonsekvensanalysen gjord.',
    meeting: { name: 'Styrgruppen 3/2024', date: '2024-09-01' },
  });
  ok(await clients.municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}), 'approve (kommun)');
};
