import type { DomainEvent } from '@samverkan/shared-kernel';

/**
 * The work recorded in the steps of the cycle. Type names are stored forever: evolve them by
 * upcasting, never by renaming. No personal data: plans, decisions and aggregated indicators only.
 */
type V1<TType extends string, TData> = DomainEvent<TType, TData> & { readonly schemaVersion: 1 };

export type SourceKind = 'crimeStatistics' | 'safetySurvey' | 'citizenDialogue' | 'est' | 'other';
export type CauseFactor = 'risk' | 'protective' | 'place' | 'time' | 'actor' | 'other';
export type MeasureKind = 'oneOff' | 'ordinaryWork';
export type MeasureStatus = 'green' | 'yellow' | 'red' | 'done';

export type FocusAreaProposed = V1<
  'FocusAreaProposed',
  {
    readonly focusAreaId: string;
    readonly agreementId: string;
    readonly title: string;
    readonly description: string;
    /** The agreements demand a particular focus on children and young people. */
    readonly childrenAndYoungPeople: boolean;
  }
>;

/**
 * A coordinator says again whether the focus area concerns children and young people: it decides
 * whether a child impact assessment is needed where the agreement asks for one only there.
 */
export type FocusAreaScopeChanged = V1<'FocusAreaScopeChanged', { readonly childrenAndYoungPeople: boolean; readonly reason: string }>;

/** Mapping: one specific, recurring problem. Recording again revises it. */
export type ProblemStatementRecorded = V1<
  'ProblemStatementRecorded',
  { readonly what: string; readonly where: string; readonly when: string; readonly howOften: string }
>;

export type SourceAdded = V1<
  'SourceAdded',
  { readonly sourceId: string; readonly kind: SourceKind; readonly title: string; readonly description?: string }
>;
export type SourceRemoved = V1<'SourceRemoved', { readonly sourceId: string }>;

export type CauseIdentified = V1<'CauseIdentified', { readonly causeId: string; readonly description: string; readonly factor: CauseFactor }>;
export type CauseRemoved = V1<'CauseRemoved', { readonly causeId: string }>;

/**
 * A goal, SMART once complete: the measurable parts may be filled in over time, and a measure can
 * only be decided when its goal has them all (MeasureMustHaveSmartGoal). Setting again revises.
 */
export type GoalSet = V1<
  'GoalSet',
  {
    readonly goalId: string;
    readonly description: string;
    readonly indicator?: string;
    readonly baseline?: number;
    readonly target?: number;
    /** 'YYYY-MM-DD' */
    readonly targetDate?: string;
    readonly followUpMethod?: string;
    /**
     * 'YYYY-MM-DD': the baseline is still to be measured, by this date. Only where the agreement's
     * policy lets a baseline follow (`baselineMayFollow`); the measured value comes in GoalBaselineMeasured.
     */
    readonly baselineDueBy?: string;
    /** The agreement's overall goal (övergripande mål) this goal contributes to; several focus areas may share one. */
    readonly overallGoalId?: string;
  }
>;
/** The baseline a goal was set without ("to be measured by <date>") has been measured. */
export type GoalBaselineMeasured = V1<'GoalBaselineMeasured', { readonly goalId: string; readonly baseline: number }>;
export type GoalRemoved = V1<'GoalRemoved', { readonly goalId: string }>;

/** A party that shares the responsibility for a measure, by function (never a person). */
export interface SharedResponsibility {
  readonly partyId: string;
  readonly function: string;
}

/**
 * A measure of the action plan (Brå). Planning again with the same id revises it. Brå's order is
 * cause → measure → goal: a measure may be planned before its goal (`goalId` absent) and is linked
 * later; the measures gate still asks every measure for a SMART goal before they are decided.
 */
export type MeasurePlanned = V1<
  'MeasurePlanned',
  {
    readonly measureId: string;
    /** The cause the measure mainly addresses. */
    readonly causeId: string;
    /** Further causes the same measure addresses (absent on measures planned before it could). */
    readonly furtherCauseIds?: readonly string[];
    readonly goalId?: string;
    readonly activity: string;
    readonly operationalGoal: string;
    /** 'YYYY-MM-DD', inside the agreement's period. */
    readonly dueDate: string;
    readonly responsiblePartyId: string;
    /** A named function ("Säkerhetschef"), never a person. */
    readonly responsibleFunction: string;
    /** Parties of the agreement that share the responsibility with the responsible (lead) party. */
    readonly coResponsible?: readonly SharedResponsibility[];
    /** Other actors named as collaborators: organisations ("Lommabacken skola", "Lommahem"), never persons. */
    readonly collaborators?: readonly string[];
    readonly followUpMethod: string;
    readonly kind: MeasureKind;
  }
>;
export type MeasureRemoved = V1<'MeasureRemoved', { readonly measureId: string }>;
export type MeasureStatusUpdated = V1<'MeasureStatusUpdated', { readonly measureId: string; readonly status: MeasureStatus; readonly comment?: string }>;

/** Lomma: "Barnkonsekvensanalyser ska göras innan beslut om åtgärder fattas". */
export type ChildImpactAssessmentRecorded = V1<'ChildImpactAssessmentRecorded', { readonly summary: string; readonly conclusion: string }>;

/**
 * Brå's three kinds of follow-up: production (was it carried out), process (how and why),
 * effect (did the indicator move from its baseline towards the target). Recording again revises.
 */
export type GoalOutcomeRecorded = V1<
  'GoalOutcomeRecorded',
  {
    readonly goalId: string;
    readonly production: string;
    readonly process: string;
    readonly effect: { readonly measuredValue: number; readonly comment?: string };
  }
>;
/**
 * One follow-up of a goal's indicator: the value measured on a date, or `null` for a follow-up
 * planned on that date and not measured yet. Recording again with the same id revises it.
 */
export type IndicatorMeasured = V1<
  'IndicatorMeasured',
  {
    readonly goalId: string;
    readonly measurementId: string;
    /** 'YYYY-MM-DD' */
    readonly measuredOn: string;
    readonly value: number | null;
    readonly comment?: string;
  }
>;
export type IndicatorMeasurementRemoved = V1<'IndicatorMeasurementRemoved', { readonly goalId: string; readonly measurementId: string }>;

/**
 * At the start of a new cycle, what the coordinator chose to keep from the cycle before: the
 * unfinished measures, the goals and the sources (and the causes the kept measures address).
 * What is not named is dropped: it stays readable in full in the earlier cycle.
 */
export type WorkCarriedForward = V1<
  'WorkCarriedForward',
  {
    readonly fromCycle: number;
    readonly sourceIds: readonly string[];
    readonly causeIds: readonly string[];
    readonly goalIds: readonly string[];
    readonly measureIds: readonly string[];
  }
>;

export type EvaluationConcluded = V1<'EvaluationConcluded', { readonly conclusion: string }>;

export type WorkEvent =
  | ProblemStatementRecorded
  | SourceAdded
  | SourceRemoved
  | CauseIdentified
  | CauseRemoved
  | GoalSet
  | GoalRemoved
  | GoalBaselineMeasured
  | MeasurePlanned
  | MeasureRemoved
  | MeasureStatusUpdated
  | ChildImpactAssessmentRecorded
  | GoalOutcomeRecorded
  | IndicatorMeasured
  | IndicatorMeasurementRemoved
  | WorkCarriedForward
  | EvaluationConcluded;
