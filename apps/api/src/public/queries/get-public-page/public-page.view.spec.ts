import { describe, it, expect } from '@jest/globals';
import type { CycleWork, Measure, Step } from '@samverkan/cycle';
import type { AgreementDirectoryDoc, AnnexDoc, FocusAreaBoardDoc } from '@samverkan/read-models';
import { renderPublicPage } from './public-page.html.js';
import { publicPageView } from './public-page.view.js';

const parties = [
  { partyId: 'kommunen', name: 'Lomma kommun', kind: 'municipality' as const },
  { partyId: 'polisen', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea' as const },
];
const agreement = {
  agreementId: 'lomma',
  name: 'Överenskommelse <Lomma>',
  municipality: 'Lomma',
  parties,
  period: { from: '2023-01-01', to: '2027-12-31' },
  termsHistory: [
    { effectiveFrom: '2023-01-01', amendmentId: null, terms: { parties: [...parties, { partyId: 'skolan', name: 'Gymnasieskolan', kind: 'other' }] } },
  ],
} as unknown as AgreementDirectoryDoc;

const measure: Measure = {
  measureId: 'm1',
  causeId: 'c1',
  activity: 'Nattvandring',
  operationalGoal: 'Vuxna ute varje fredag',
  dueDate: '2026-06-30',
  responsiblePartyId: 'kommunen',
  responsibleFunction: 'Fritidschef',
  coResponsible: [
    { partyId: 'polisen', function: 'Kommunpolis' },
    { partyId: 'kommunen', function: 'Säkerhetschef' },
  ],
  collaborators: ['Bostadsbolaget', 'Föreningen Vi vuxna'],
  followUpMethod: 'Närvarolistor',
  kind: 'oneOff',
  status: 'red',
  statusComment: 'Intern kommentar',
};
const work = (over: Partial<CycleWork> = {}): CycleWork => ({
  problemStatement: null,
  sources: [],
  causes: [],
  goals: [],
  measures: [measure],
  childImpactAssessment: null,
  outcomes: [],
  measurements: [],
  conclusion: null,
  ...over,
});
const focusArea = (focusAreaId: string, step: Step, proposedAt: string): FocusAreaBoardDoc =>
  ({
    focusAreaId,
    agreementId: 'lomma',
    title: `Område ${focusAreaId}`,
    description: 'Beskrivning',
    step,
    cycle: 1,
    proposedAt,
    work: work(),
    previousCycles: [],
  }) as unknown as FocusAreaBoardDoc;

/** Bound to no party here, so a decided version is valid from its decision (the annexes lib's rule). */
const version = (n: number, validFrom: string | null) => ({
  version: n,
  text: `Text ${n}`,
  files: [],
  validFrom,
  decision: validFrom === null ? null : { decidedOn: validFrom },
  signatures: [],
  bindingPartyIds: [],
});
const annex = {
  annexId: 'a1',
  agreementId: 'lomma',
  kind: 'actionPlan',
  title: 'Åtgärdsplan',
  versions: [version(1, '2024-01-10'), version(2, '2026-01-10'), version(3, null)],
} as unknown as AnnexDoc;

describe('the page for residents › what it shows', () => {
  it('shows the focus areas the council has prioritised, in the board’s order, and not proposals or withdrawn ones', () => {
    const steps: Step[] = ['closed', 'proposed', 'mapping', 'withdrawn', 'evaluation'];
    const docs = steps.map((step, i) => focusArea(step, step, `2024-0${i + 1}-01T00:00:00Z`));
    expect(publicPageView(agreement, [], docs, '2025-06-01').focusAreas.map((f) => f.step)).toEqual(['closed', 'mapping', 'evaluation']);
  });

  it('shows measures and goals only once they are decided (follow-up or closed)', () => {
    const view = publicPageView(
      agreement,
      [],
      [focusArea('a', 'measures', '2024-01-01T00:00:00Z'), focusArea('b', 'evaluation', '2024-02-01T00:00:00Z')],
      '2025-06-01',
    );
    expect(view.focusAreas.map((f) => f.measures?.length ?? null)).toEqual([null, 1]);
  });

  it('names each responsible party once, by name, with the collaborators, and never a function or a status comment', () => {
    const [shown] = publicPageView(agreement, [], [focusArea('b', 'evaluation', '2024-02-01T00:00:00Z')], '2025-06-01').focusAreas[0]!.measures!;
    expect(shown).toEqual({
      activity: 'Nattvandring',
      responsibleParties: ['Lomma kommun', 'Lokalpolisområde Kävlinge'],
      collaborators: ['Bostadsbolaget', 'Föreningen Vi vuxna'],
      dueDate: '2026-06-30',
      status: 'red',
    });
  });

  it('shows the decided work of earlier cycles of a focus area that started again', () => {
    const again = {
      ...focusArea('c', 'mapping', '2024-01-01T00:00:00Z'),
      cycle: 2,
      work: work({ measures: [] }),
      previousCycles: [{ cycle: 1, work: work() }],
    };
    const view = publicPageView(agreement, [], [again as FocusAreaBoardDoc], '2025-06-01');
    expect(view.focusAreas[0]).toMatchObject({ measures: null, previousCycles: [{ cycle: 1, measures: [{ activity: 'Nattvandring' }] }] });
    const html = renderPublicPage(view);
    expect(html).toMatch(/<h4 id="fokus-c-omgang-1">Omgång 1 \(avslutad\)<\/h4><h5>Åtgärder<\/h5><ul class="items"><li><p class="activity">Nattvandring/);
    expect(html).toContain('Arbetet är inne på omgång 2.');
  });

  it('shows the annex version in force on the day, not a later one nor a draft', () => {
    expect(publicPageView(agreement, [annex], [], '2025-06-01').annexes.map((a) => [a.version, a.validFrom])).toEqual([[1, '2024-01-10']]);
    expect(publicPageView(agreement, [annex], [], '2026-01-10').annexes.map((a) => a.version)).toEqual([2]);
  });

  it('leaves out an annex with no version in force', () => {
    const draftOnly = { ...annex, versions: [version(1, null)] } as unknown as AnnexDoc;
    expect(publicPageView(agreement, [draftOnly], [], '2025-06-01').annexes).toEqual([]);
  });

  it('writes every stored text as text, never as markup, and the status in words', () => {
    const html = renderPublicPage(publicPageView(agreement, [], [focusArea('b', 'evaluation', '2024-02-01T00:00:00Z')], '2025-06-01'));
    expect(html).toContain('<h1>Överenskommelse &lt;Lomma&gt;</h1>');
    expect(html).not.toContain('<Lomma>');
    expect(html).toContain('Försenad eller ändrad');
    expect(html).not.toContain('Fritidschef');
    expect(html).not.toContain('Intern kommentar');
  });
});
