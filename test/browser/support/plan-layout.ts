import type { TestApp } from '../../support/test-app.js';
import { decideTogether, LOMMA, type LommaClients } from './lomma.js';

const ok = <T extends { status: number; body: unknown }>(res: T, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

export const PLAN = {
  shared: 'Vuxenvandringar fredagskvällar i Bjärred centrum',
  late: 'Belysning längs gångvägen till stationen',
  plain: 'Fritidsgården öppen fredagar till midnatt',
  firstGoal: 'Färre unga känner sig otrygga i centrum',
  secondGoal: 'Mindre skadegörelse kring fritidsgården',
  withoutGoal: 'Grannsamverkan i tre villaområden',
} as const;

/**
 * "Barn och ungdomar" in evaluation with three measures — one addressing two causes with shared
 * responsibility and collaborators, one late — two goals (the second with its outcome recorded),
 * and "Bostadsinbrott" in measures with a measure planned before its goal.
 */
export const planLayoutData = async (server: TestApp, clients: LommaClients): Promise<void> => {
  const c = clients.coordinator;
  const id = LOMMA.children.id;
  const path = `/focus-areas/${id}`;
  await decideTogether(clients, id, {
    transition: 'prioritise',
    grounds: 'Lägesbilden visar oro bland unga.',
    meeting: { name: 'Styrgruppen 1/2024', date: '2024-02-01' },
  });
  ok(
    await c.put(`${path}/problem-statement`, {
      what: 'Skadegörelse och otrygghet',
      where: 'Bjärred centrum',
      when: 'Fredagskvällar',
      howOften: 'Varje vecka',
    }),
    'problem',
  );
  ok(await c.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen 2023' }), 'source');
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
  const few = ok(await c.post(`${path}/causes`, { description: 'Få vuxna ute kvällstid', factor: 'place' }), 'cause').body.causeId as string;
  const dark = ok(await c.post(`${path}/causes`, { description: 'Mörka gångvägar mellan centrum och stationen', factor: 'place' }), 'cause').body
    .causeId as string;
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
  const goal = (description: string, indicator: string, baseline: number, target: number) =>
    c.post(`${path}/goals`, { description, indicator, baseline, target, targetDate: '2026-12-31', followUpMethod: 'Trygghetsmätningen, årligen' });
  const first = ok(await goal(PLAN.firstGoal, 'Andel unga som känner sig otrygga (procent)', 30, 20), 'goal').body.goalId as string;
  const second = ok(await goal(PLAN.secondGoal, 'Anmäld skadegörelse per månad', 12, 6), 'goal').body.goalId as string;
  const measure = (activity: string, causeId: string, goalId: string, dueDate: string, operationalGoal: string) =>
    c.post(`${path}/measures`, {
      causeId,
      goalId,
      activity,
      operationalGoal,
      dueDate,
      responsiblePartyId: LOMMA.police,
      responsibleFunction: 'Kommunpolis',
      followUpMethod: 'Rapport till samverkansgruppen varje kvartal',
      kind: 'oneOff',
    });
  const shared = ok(await measure(PLAN.shared, few, first, '2026-06-30', 'Vuxna i rörelse varje fredag 20–24'), 'measure').body.measureId as string;
  ok(await measure(PLAN.late, dark, first, '2024-03-31', 'Tjugo nya armaturer'), 'measure');
  ok(await measure(PLAN.plain, few, second, '2026-12-31', 'Öppet 40 fredagar om året'), 'measure');
  ok(
    await c.put(`${path}/measures/${shared}`, {
      causeId: few,
      furtherCauseIds: [dark],
      goalId: first,
      activity: PLAN.shared,
      operationalGoal: 'Vuxna i rörelse varje fredag 20–24',
      dueDate: '2026-06-30',
      responsiblePartyId: LOMMA.police,
      responsibleFunction: 'Kommunpolis',
      coResponsible: [{ partyId: LOMMA.municipality, function: 'Fritidschef' }],
      collaborators: ['Lomma fastigheter', 'Föreningen Nattvandrarna'],
      followUpMethod: 'Rapport till samverkansgruppen varje kvartal',
      kind: 'oneOff',
    }),
    'measure revised with two causes, shared responsibility and collaborators',
  );
  ok(await c.put(`${path}/child-impact-assessment`, { summary: 'Berör unga 13–17 år.', conclusion: 'Barnets bästa gynnas.' }), 'child impact');
  await decideTogether(clients, id, {
    transition: 'advance',
    grounds: 'Åtgärdsplanen är beslutad.',
    meeting: { name: 'Styrgruppen 3/2024', date: '2024-09-01' },
  });
  ok(
    await c.put(`${path}/goals/${second}/outcome`, {
      production: 'Fritidsgården höll öppet 38 fredagar.',
      process: 'Personalen räckte; två fredagar ställdes in.',
      effect: { measuredValue: 8 },
    }),
    'outcome',
  );

  const burglary = LOMMA.burglary.id;
  const bPath = `/focus-areas/${burglary}`;
  await decideTogether(clients, burglary, { transition: 'prioritise', grounds: 'Inbrotten har ökat två år i rad.' });
  ok(
    await c.put(`${bPath}/problem-statement`, { what: 'Bostadsinbrott', where: 'Villaområdena', when: 'Dagtid', howOften: 'Flera i månaden' }),
    'problem',
  );
  ok(await c.post(`${bPath}/sources`, { kind: 'crimeStatistics', title: 'Anmälda bostadsinbrott 2024' }), 'source');
  await decideTogether(clients, burglary, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
  const empty = ok(await c.post(`${bPath}/causes`, { description: 'Tomma hus dagtid', factor: 'place' }), 'cause').body.causeId as string;
  await decideTogether(clients, burglary, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
  ok(
    await c.post(`${bPath}/measures`, {
      causeId: empty,
      activity: PLAN.withoutGoal,
      operationalGoal: 'Hälften av hushållen anslutna',
      dueDate: '2026-06-30',
      responsiblePartyId: LOMMA.municipality,
      responsibleFunction: 'Säkerhetschef',
      followUpMethod: 'Rapport varje halvår',
      kind: 'ordinaryWork',
    }),
    'measure planned before its goal',
  );
};
