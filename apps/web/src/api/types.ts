/**
 * The API's answers as the web app reads them (README's routes; /api/docs has every field). Kept
 * by hand: the web app is a client of the HTTP contract, not of the server's code.
 */
export type Step = 'proposed' | 'mapping' | 'analysis' | 'measures' | 'evaluation' | 'closed' | 'withdrawn';
export type TransitionKind = 'prioritise' | 'advance' | 'close' | 'newCycle' | 'stepBack';
export type AgreementRole = 'coordinator' | 'councilRepresentative' | 'councilSubstitute' | 'auditor';
export type PartyKind = 'municipality' | 'localPoliceArea' | string;
export type SourceKind = 'crimeStatistics' | 'safetySurvey' | 'citizenDialogue' | 'est' | 'other';
export type CauseFactor = 'risk' | 'protective' | 'place' | 'time' | 'actor' | 'other';
export type MeasureKind = 'oneOff' | 'ordinaryWork';
export type MeasureStatus = 'green' | 'yellow' | 'red' | 'done';
export type MeasureBoardStatus = MeasureStatus | 'notFollowedUp';

export interface SignInResponse {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly userId: string;
  readonly displayName: string;
  readonly administrator: boolean;
}

export interface Party {
  readonly partyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly organisationNumber?: string;
}

export interface Meeting {
  readonly name: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface FocusAreaSummary {
  readonly focusAreaId: string;
  readonly title: string;
  readonly childrenAndYoungPeople: boolean;
  readonly step: Step;
  readonly cycle: number;
  readonly pendingProposal: { readonly proposalId: string; readonly transition: TransitionKind; readonly approvedBy: readonly string[] } | null;
  readonly revision: number;
}

/** GET /agreements: the agreements the user holds a role in. */
export interface AgreementSummary {
  readonly agreementId: string;
  readonly name: string;
  readonly municipality: string;
  readonly period: Period;
  readonly parties: readonly Party[];
  readonly focusAreas: readonly FocusAreaSummary[];
}

export interface RoleAssignment {
  readonly userId: string;
  readonly role: AgreementRole;
  readonly partyId?: string;
  readonly function: string;
}

export interface Obligation {
  readonly kind: string;
  readonly description: string;
  readonly source?: string;
  readonly [more: string]: unknown;
}

/** GET /agreements/{id} */
export interface AgreementDetail {
  readonly revision: number;
  readonly agreement: {
    readonly agreementId: string;
    readonly name: string;
    readonly municipality: string;
    readonly parties: readonly Party[];
    readonly period: Period;
    readonly council: { readonly name: string };
    readonly operativeGroup?: { readonly name: string };
    readonly policy: { readonly decisionRequired: Readonly<Record<TransitionKind, boolean>> };
    readonly obligations: readonly Obligation[];
  };
  readonly roles: readonly RoleAssignment[];
  readonly yourRoles: readonly RoleAssignment[];
  readonly focusAreas: readonly FocusAreaSummary[];
}

export interface Rejection {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly partyId: string;
  readonly reason: string;
}

export interface BoardProposalRow {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  readonly proposedAt: string;
  readonly approvedBy: readonly string[];
  readonly awaiting: readonly string[];
}

export interface BoardMeasureRow {
  readonly measureId: string;
  readonly activity: string;
  readonly responsiblePartyId: string;
  readonly responsibleFunction: string;
  readonly dueDate: string;
  readonly status: MeasureBoardStatus;
  readonly late: boolean;
  readonly daysOverdue: number;
}

export interface PlanBoardRow {
  readonly focusAreaId: string;
  readonly title: string;
  readonly childrenAndYoungPeople: boolean;
  readonly step: Step;
  readonly stepLabel: string;
  readonly cycle: number;
  readonly stepEnteredAt: string;
  readonly daysInStep: number;
  readonly pendingProposal: BoardProposalRow | null;
  readonly lastRejection: Rejection | null;
  readonly measures: readonly BoardMeasureRow[];
  readonly lateMeasures: number;
}

/** GET /agreements/{id}/board */
export interface PlanBoard {
  readonly agreementId: string;
  readonly today: string;
  readonly focusAreas: readonly PlanBoardRow[];
}

export interface DecisionInboxItem {
  readonly agreementId: string;
  readonly focusAreaId: string;
  /** The focus area's revision (its ETag): a decision sends it as If-Match. */
  readonly revision: number;
  readonly focusAreaTitle: string;
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly transitionLabel: string;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  readonly proposedAt: string;
  readonly proposedBy: string;
  readonly approvedBy: readonly string[];
  readonly awaiting: readonly string[];
}

/** GET /agreements/{id}/inbox: one inbox per party the user decides for. */
export interface PartyInbox {
  readonly partyId: string;
  readonly partyName: string;
  readonly items: readonly DecisionInboxItem[];
}

export interface ProblemStatement {
  readonly what: string;
  readonly where: string;
  readonly when: string;
  readonly howOften: string;
}

export interface CycleWork {
  readonly problemStatement: ProblemStatement | null;
  readonly sources: readonly { sourceId: string; kind: SourceKind; title: string; description?: string }[];
  readonly causes: readonly { causeId: string; description: string; factor: CauseFactor }[];
  readonly goals: readonly {
    goalId: string;
    description: string;
    indicator?: string;
    baseline?: number;
    target?: number;
    targetDate?: string;
    followUpMethod?: string;
  }[];
  readonly measures: readonly {
    measureId: string;
    causeId: string;
    goalId: string;
    activity: string;
    operationalGoal: string;
    dueDate: string;
    responsiblePartyId: string;
    responsibleFunction: string;
    followUpMethod: string;
    kind: MeasureKind;
    status: MeasureStatus | null;
    statusComment?: string;
  }[];
  readonly childImpactAssessment: { summary: string; conclusion: string } | null;
  readonly outcomes: readonly {
    goalId: string;
    production: string;
    process: string;
    effect: { measuredValue: number; comment?: string };
  }[];
  readonly conclusion: string | null;
}

export interface PendingProposalView {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  readonly approvedBy: readonly string[];
  readonly awaiting: readonly string[];
}

export type PossibleCommand =
  | { readonly type: string }
  | { readonly type: 'ProposeTransition'; readonly transition: TransitionKind; readonly to: Step; readonly decisionRequired: boolean }
  | { readonly type: 'StepBack'; readonly to: Step };

/** GET /focus-areas/{id}: read from the focus area's own stream; its ETag is the revision. */
export interface FocusAreaResponse {
  readonly revision: number;
  readonly agreementId: string;
  readonly focusArea: {
    readonly status: Step;
    readonly step: Step;
    readonly focusAreaId: string;
    readonly agreementId: string;
    readonly title: string;
    readonly description: string;
    readonly childrenAndYoungPeople: boolean;
    readonly cycle: number;
    readonly work: CycleWork;
    readonly pendingProposal: PendingProposalView | null;
    readonly lastRejection: Rejection | null;
    readonly previousCycles: readonly { cycle: number; work: CycleWork }[];
    readonly policy: { readonly decisionRequired: Readonly<Record<TransitionKind, boolean>> };
    readonly stepEnteredAt?: string;
    readonly withdrawalReason?: string;
  };
  readonly possibleCommands: readonly PossibleCommand[];
}
