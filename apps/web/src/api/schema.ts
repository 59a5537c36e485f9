import type { components } from './generated/schema';
import {
  agreementRoleValues,
  causeFactorValues,
  childImpactAssessmentPolicyValues,
  measureKindValues,
  measureStatusValues,
  obligationDtoToValues,
  obligationKindValues,
  partyKindValues,
  sourceKindValues,
  stepValues,
  transitionKindValues,
} from './generated/schema';

/**
 * The API's answers, as the OpenAPI document at /api/docs describes them. `generated/` is written
 * by `npm run openapi` (which `typecheck`, `build:web` and `dev:web` run first) from the API's own
 * response classes, so a field the API renames breaks this app's type-check and build, not a user.
 * Only names here: every shape is the generated one.
 */
type Schemas = components['schemas'];

export type Step = Schemas['Step'];
export type TransitionKind = Schemas['TransitionKind'];
export type AgreementRole = Schemas['AgreementRole'];
export type ActorRole = Schemas['ActorRole'];
export type PartyKind = Schemas['PartyKind'];
export type SourceKind = Schemas['SourceKind'];
export type CauseFactor = Schemas['CauseFactor'];
export type MeasureKind = Schemas['MeasureKind'];
export type MeasureStatus = Schemas['MeasureStatus'];
export type MeasureBoardStatus = Schemas['MeasureBoardStatus'];
export type ObligationState = Schemas['ObligationState'];

export type SignInResponse = Schemas['SignInResponseDto'];
export type Party = Schemas['PartyView'];
export type Meeting = Schemas['MeetingView'];
export type Obligation = Schemas['ObligationView'];
export type RoleAssignment = Schemas['RoleAssignmentView'];
export type AgreementSummary = Schemas['AgreementSummaryDto'];
export type AgreementDetail = Schemas['AgreementDetailDto'];
export type FocusAreaSummary = Schemas['FocusAreaSummaryDto'];
export type Rejection = Schemas['RejectionView'];

export type PlanBoard = Schemas['PlanBoardView'];
export type PlanBoardRow = Schemas['PlanBoardRowView'];
export type BoardProposalRow = Schemas['BoardProposalRowView'];
export type BoardMeasureRow = Schemas['BoardMeasureRowView'];
export type PartyInbox = Schemas['PartyInboxView'];
export type DecisionInboxItem = Schemas['DecisionInboxItemView'];
export type PartyDecision = Schemas['PartyDecisionView'];
export type WithdrawnProposal = Schemas['WithdrawnProposalView'];
export type ProposalMaterial = Schemas['ProposalMaterialView'];
export type MaterialWork = Schemas['MaterialWorkView'];

export type FocusAreaResponse = Schemas['FocusAreaResponse'];
export type FocusAreaView = Schemas['FocusAreaViewDto'];
export type PendingProposalView = Schemas['PendingProposalView'];
export type PossibleCommand = Schemas['PossibleCommandDto'];
export type CycleWork = Schemas['CycleWorkView'];
export type ProblemStatement = Schemas['ProblemStatementView'];
export type Source = Schemas['SourceView'];
export type Cause = Schemas['CauseView'];
export type Goal = Schemas['GoalView'];
export type DecisionPolicy = Schemas['DecisionPolicyView'];
export type Measure = Schemas['MeasureView'];
export type GoalOutcome = Schemas['GoalOutcomeView'];

export type LateAndDue = Schemas['LateAndDueView'];
export type LateMeasure = Schemas['LateMeasureView'];
export type ObligationStatus = Schemas['ObligationStatusView'];
export type MeasureTrend = Schemas['MeasureTrendView'];
export type MeasureStatusPoint = Schemas['MeasureStatusPointView'];

export type AuditPage = Schemas['AuditPageView'];
export type AuditRow = Schemas['AuditRowView'];
export type PlanAsOf = Schemas['PlanAsOfView'];
export type FocusAreaAsOf = Schemas['FocusAreaDocView'];
export type PlanChanges = Schemas['PlanChangesView'];
export type PlanChange = Schemas['PlanChangeView'];
export type Problem = Schemas['ProblemView'];

export type ObligationKind = Schemas['ObligationKind'];
export type ChildImpactAssessmentPolicy = Schemas['ChildImpactAssessmentPolicy'];
export type AmendmentChangeKind = Schemas['AmendmentChangeKind'];
export type AmendmentStatus = Schemas['AmendmentStatus'];
export type Amendment = Schemas['AmendmentView'];
export type AmendmentChange = Schemas['AmendmentChangeView'];
export type AgreementTerms = Schemas['TermsView'];
export type ProposeAmendmentRequest = Schemas['ProposeAmendmentRequestDto'];
export type AmendmentChangeRequest = Schemas['AmendmentChangeDto'];
export type RegisterAgreementRequest = Schemas['RegisterAgreementRequestDto'];
export type ObligationRequest = Schemas['ObligationDto'];
export type ReportRecipient = NonNullable<ObligationRequest['to']>[number];
export type AssignRoleRequest = Schemas['AssignRoleRequestDto'];
export type ProposeFocusAreaRequest = Schemas['ProposeFocusAreaRequestDto'];

/** Every step in the machine's order (libs/cycle's STEPS, through the API's `Step` enum). */
export const STEP_ORDER: readonly Step[] = stepValues;

/** The ends of a focus area's life: outside the cycle drawn as a circle. */
const OUTSIDE_CYCLE: readonly Step[] = ['proposed', 'closed', 'withdrawn'];
export type CycleStep = Exclude<Step, 'proposed' | 'closed' | 'withdrawn'>;
export const isCycleStep = (step: string): step is CycleStep => (STEP_ORDER as readonly string[]).includes(step) && !OUTSIDE_CYCLE.includes(step as Step);
/** The cycle's steps in the machine's order. */
export const CYCLE_STEPS: readonly CycleStep[] = STEP_ORDER.filter(isCycleStep);
export type FocusAreaCommandType = Schemas['FocusAreaCommandType'];

/** The values of the API's enums, in its order, for the forms' choices. */
export const SOURCE_KINDS: readonly SourceKind[] = sourceKindValues;
export const CAUSE_FACTORS: readonly CauseFactor[] = causeFactorValues;
export const MEASURE_KINDS: readonly MeasureKind[] = measureKindValues;
export const MEASURE_STATUSES: readonly MeasureStatus[] = measureStatusValues;
export const PARTY_KINDS: readonly PartyKind[] = partyKindValues;
export const OBLIGATION_KINDS: readonly ObligationKind[] = obligationKindValues;
/** The generator types an array field's values as arrays; they are its items. */
export const REPORT_RECIPIENTS = obligationDtoToValues as readonly unknown[] as readonly ReportRecipient[];
export const TRANSITION_KINDS: readonly TransitionKind[] = transitionKindValues;
export const AGREEMENT_ROLES: readonly AgreementRole[] = agreementRoleValues;
export const CHILD_IMPACT_ASSESSMENT_POLICIES: readonly ChildImpactAssessmentPolicy[] = childImpactAssessmentPolicyValues;
