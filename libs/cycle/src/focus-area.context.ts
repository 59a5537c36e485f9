import type { AgreementFacts } from './agreement-facts.js';
import type { CauseFactor, MeasureKind, MeasureStatus, Meeting, SharedResponsibility, SourceKind } from './focus-area.events.js';
import type { Step } from './steps.js';
import type { TransitionKind } from './transitions.js';

export interface ProblemStatement {
  readonly what: string;
  readonly where: string;
  readonly when: string;
  readonly howOften: string;
}

export interface Source {
  readonly sourceId: string;
  readonly kind: SourceKind;
  readonly title: string;
  readonly description?: string;
}

export interface Cause {
  readonly causeId: string;
  readonly description: string;
  readonly factor: CauseFactor;
}

export interface Goal {
  readonly goalId: string;
  readonly description: string;
  readonly indicator?: string;
  readonly baseline?: number;
  readonly target?: number;
  readonly targetDate?: string;
  readonly followUpMethod?: string;
  /** 'YYYY-MM-DD': set without a baseline, to be measured by then (only where the policy allows it). */
  readonly baselineDueBy?: string;
  /** The agreement's overall goal this goal contributes to. */
  readonly overallGoalId?: string;
}

/** A goal whose baseline is still to be measured. */
export const baselinePending = (goal: Goal): boolean => goal.baseline === undefined && goal.baselineDueBy !== undefined;

export interface Measure {
  readonly measureId: string;
  readonly causeId: string;
  readonly furtherCauseIds?: readonly string[];
  /** Absent until the measure is linked to its goal (Brå's order: cause → measure → goal). */
  readonly goalId?: string;
  readonly activity: string;
  readonly operationalGoal: string;
  readonly dueDate: string;
  readonly responsiblePartyId: string;
  readonly responsibleFunction: string;
  readonly coResponsible?: readonly SharedResponsibility[];
  readonly collaborators?: readonly string[];
  readonly followUpMethod: string;
  readonly kind: MeasureKind;
  /** Null until a coordinator follows the measure up. */
  readonly status: MeasureStatus | null;
  readonly statusComment?: string;
}

export interface ChildImpactAssessment {
  readonly summary: string;
  readonly conclusion: string;
}

export interface GoalOutcome {
  readonly goalId: string;
  readonly production: string;
  readonly process: string;
  readonly effect: { readonly measuredValue: number; readonly comment?: string };
}

/** One follow-up of a goal's indicator; `value` null: planned for that day, not measured yet. */
export interface IndicatorMeasurement {
  readonly goalId: string;
  readonly measurementId: string;
  readonly measuredOn: string;
  readonly value: number | null;
  readonly comment?: string;
}

/**
 * What a cycle took over from the cycle before it (the `WorkCarriedForward` event's data): the
 * ids kept, the rest dropped. Recorded so that it is done once per cycle and can be shown.
 */
export interface CarriedForward {
  readonly fromCycle: number;
  readonly sourceIds: readonly string[];
  readonly causeIds: readonly string[];
  readonly goalIds: readonly string[];
  readonly measureIds: readonly string[];
}

/** The work of one cycle. Going back never erases it; a new cycle files it under previous cycles. */
export interface CycleWork {
  readonly problemStatement: ProblemStatement | null;
  readonly sources: readonly Source[];
  readonly causes: readonly Cause[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly childImpactAssessment: ChildImpactAssessment | null;
  readonly outcomes: readonly GoalOutcome[];
  /** The indicators' follow-ups, in the order they were recorded. */
  readonly measurements: readonly IndicatorMeasurement[];
  readonly conclusion: string | null;
  /** Absent until the coordinator chose what to keep from the cycle before (cycle 2 onwards). */
  readonly carriedForward?: CarriedForward;
}

export interface PendingProposal {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  /** Parties whose representative has approved, in the order they did. */
  readonly approvedBy: readonly string[];
}

export interface Rejection {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly partyId: string;
  readonly reason: string;
}

/**
 * A proposal taken back before the council decided it (by a coordinator, or void because the focus
 * area moved on without it), with the reason: shown until the next proposal.
 */
export interface Withdrawal {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly reason: string;
}

export interface PreviousCycle {
  readonly cycle: number;
  readonly work: CycleWork;
}

/** The whole state of a focus area, held in the machine's context. */
export interface FocusAreaContext {
  readonly facts: AgreementFacts;
  readonly focusAreaId: string | null;
  readonly agreementId: string;
  readonly title: string;
  readonly description: string;
  readonly childrenAndYoungPeople: boolean;
  readonly cycle: number;
  readonly work: CycleWork;
  readonly pendingProposal: PendingProposal | null;
  /** The last rejection, shown to the coordinator until the next proposal. */
  readonly lastRejection: Rejection | null;
  /** The last proposal withdrawn before the council decided it, until the next proposal. */
  readonly lastWithdrawal: Withdrawal | null;
  /** Every proposal id ever used on this focus area: an id names one proposal, forever. */
  readonly proposalIds: readonly string[];
  readonly previousCycles: readonly PreviousCycle[];
  /** From the `occurredAt` of the event that entered the step, when the caller gave one. */
  readonly stepEnteredAt?: string;
  readonly withdrawalReason?: string;
}

export const emptyWork = (): CycleWork => ({
  problemStatement: null,
  sources: [],
  causes: [],
  goals: [],
  measures: [],
  childImpactAssessment: null,
  outcomes: [],
  measurements: [],
  conclusion: null,
});

export const initialContext = (facts: AgreementFacts): FocusAreaContext => ({
  facts,
  focusAreaId: null,
  agreementId: facts.agreementId,
  title: '',
  description: '',
  childrenAndYoungPeople: false,
  cycle: 1,
  work: emptyWork(),
  pendingProposal: null,
  lastRejection: null,
  lastWithdrawal: null,
  proposalIds: [],
  previousCycles: [],
});
