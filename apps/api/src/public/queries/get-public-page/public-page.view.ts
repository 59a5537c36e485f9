import { ANNEX_KIND_LABEL_SV, type AnnexKind } from '@samverkan/annexes';
import type { CycleWork, Goal, IndicatorMeasurement, Measure, MeasureStatus, Step } from '@samverkan/cycle';
import { inBoardOrder, versionInForce, type AgreementDirectoryDoc, type AnnexDoc, type FocusAreaBoardDoc } from '@samverkan/read-models';

/**
 * What the page for residents shows, and nothing else: only what the parties have decided, in
 * plain words. It never holds who did what (actor ids, display names, the functions of officials
 * tied to a measure), nor what is internal: a measure's status comment, measurement and outcome
 * comments, proposals waiting for the council, its rejections and their reasons, withdrawals.
 */
export interface PublicPageView {
  readonly agreementId: string;
  readonly name: string;
  readonly municipality: string;
  readonly parties: readonly string[];
  readonly period: { readonly from: string; readonly to: string };
  readonly annexes: readonly PublicAnnex[];
  readonly focusAreas: readonly PublicFocusArea[];
  /** The day the page was made (today in Sweden): the annexes in force are those of this day. */
  readonly asOf: string;
}

export interface PublicAnnex {
  readonly annexId: string;
  readonly kind: string;
  readonly title: string;
  readonly version: number;
  readonly validFrom: string;
  readonly text: string;
  readonly files: readonly { readonly fileName: string; readonly sha256: string; readonly bytes: number; readonly mediaType: string }[];
}

export interface PublicMeasure {
  readonly activity: string;
  readonly responsibleParties: readonly string[];
  readonly collaborators: readonly string[];
  readonly dueDate: string;
  readonly status: MeasureStatus | null;
}

export interface PublicGoal {
  readonly description: string;
  readonly indicator: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly targetDate: string | null;
  readonly measurements: readonly { readonly measuredOn: string; readonly value: number | null }[];
  readonly outcome: { readonly measuredValue: number; readonly production: string } | null;
}

export interface PublicFocusArea {
  readonly focusAreaId: string;
  readonly title: string;
  readonly description: string;
  readonly step: Step;
  readonly cycle: number;
  /** Null while the measures are not decided yet (before the council sent the focus area to follow-up). */
  readonly measures: readonly PublicMeasure[] | null;
  readonly goals: readonly PublicGoal[] | null;
  /** Earlier cycles, newest first: each went through follow-up, so its measures and goals were decided. */
  readonly previousCycles: readonly { readonly cycle: number; readonly measures: readonly PublicMeasure[]; readonly goals: readonly PublicGoal[] }[];
}

/** Prioritised by the council: a proposal not yet decided, or one withdrawn, is not the parties' work. */
const DECIDED_STEPS: ReadonlySet<Step> = new Set(['mapping', 'analysis', 'measures', 'evaluation', 'closed']);
/** The measures and their goals are decided when the council moves the focus area on to follow-up. */
const MEASURES_DECIDED: ReadonlySet<Step> = new Set(['evaluation', 'closed']);

const ANNEX_ORDER: readonly AnnexKind[] = ['situationPicture', 'actionPlan', 'citizenPromise'];

/** Every party the agreement has had, so a measure of a party that later left still names it. */
const partyNames = (agreement: AgreementDirectoryDoc): Map<string, string> =>
  new Map(agreement.termsHistory.flatMap((v) => v.terms.parties).map((p) => [p.partyId, p.name]));

const publicMeasure = (measure: Measure, names: Map<string, string>): PublicMeasure => ({
  activity: measure.activity,
  responsibleParties: [measure.responsiblePartyId, ...(measure.coResponsible ?? []).map((c) => c.partyId)]
    .filter((id, i, all) => all.indexOf(id) === i)
    .map((id) => names.get(id) ?? id),
  collaborators: measure.collaborators ?? [],
  dueDate: measure.dueDate,
  status: measure.status,
});

const publicGoal = (goal: Goal, work: CycleWork): PublicGoal => {
  const outcome = work.outcomes.find((o) => o.goalId === goal.goalId);
  return {
    description: goal.description,
    indicator: goal.indicator ?? null,
    baseline: goal.baseline ?? null,
    target: goal.target ?? null,
    targetDate: goal.targetDate ?? null,
    measurements: work.measurements
      .filter((m: IndicatorMeasurement) => m.goalId === goal.goalId)
      .map(({ measuredOn, value }) => ({ measuredOn, value }))
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)),
    outcome: outcome ? { measuredValue: outcome.effect.measuredValue, production: outcome.production } : null,
  };
};

const decidedWork = (work: CycleWork, names: Map<string, string>) => ({
  measures: [...work.measures].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).map((m) => publicMeasure(m, names)),
  goals: work.goals.map((g) => publicGoal(g, work)),
});

const publicFocusArea = (focusArea: FocusAreaBoardDoc, names: Map<string, string>): PublicFocusArea => {
  const current = MEASURES_DECIDED.has(focusArea.step) ? decidedWork(focusArea.work, names) : { measures: null, goals: null };
  return {
    focusAreaId: focusArea.focusAreaId,
    title: focusArea.title,
    description: focusArea.description,
    step: focusArea.step,
    cycle: focusArea.cycle,
    ...current,
    previousCycles: [...focusArea.previousCycles].reverse().map((p) => ({ cycle: p.cycle, ...decidedWork(p.work, names) })),
  };
};

const publicAnnexes = (annexes: readonly AnnexDoc[], asOf: string): PublicAnnex[] =>
  [...annexes]
    .sort((a, b) => ANNEX_ORDER.indexOf(a.kind) - ANNEX_ORDER.indexOf(b.kind) || a.title.localeCompare(b.title, 'sv'))
    .flatMap((annex) => {
      const version = versionInForce(annex, asOf);
      if (!version || version.validFrom === null) return [];
      return [
        {
          annexId: annex.annexId,
          kind: ANNEX_KIND_LABEL_SV[annex.kind],
          title: annex.title,
          version: version.version,
          validFrom: version.validFrom,
          text: version.text,
          files: version.files.map(({ fileName, sha256, bytes, mediaType }) => ({ fileName, sha256, bytes, mediaType })),
        },
      ];
    });

export const publicPageView = (
  agreement: AgreementDirectoryDoc,
  annexes: readonly AnnexDoc[],
  focusAreas: readonly FocusAreaBoardDoc[],
  asOf: string,
): PublicPageView => {
  const names = partyNames(agreement);
  return {
    agreementId: agreement.agreementId,
    name: agreement.name,
    municipality: agreement.municipality,
    parties: agreement.parties.map((p) => p.name),
    period: agreement.period,
    annexes: publicAnnexes(annexes, asOf),
    focusAreas: inBoardOrder(focusAreas)
      .filter((f) => DECIDED_STEPS.has(f.step))
      .map((f) => publicFocusArea(f, names)),
    asOf,
  };
};

/** The files residents may download: those of the annex versions the page shows. */
export const publicFile = (view: PublicPageView, sha256: string): PublicAnnex['files'][number] | undefined =>
  view.annexes.flatMap((a) => a.files).find((f) => f.sha256 === sha256);
