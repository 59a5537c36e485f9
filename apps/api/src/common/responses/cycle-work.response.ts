import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CarriedForward,
  ChildImpactAssessmentPolicy,
  Cause,
  CauseFactor,
  ChildImpactAssessment,
  CycleWork,
  Goal,
  GoalOutcome,
  IndicatorMeasurement,
  Measure,
  MeasureKind,
  MeasureStatus,
  Meeting,
  Withdrawal,
  PendingProposal,
  PreviousCycle,
  ProblemStatement,
  Rejection,
  SharedResponsibility,
  Source,
  SourceKind,
  Step,
  TransitionKind,
} from '@samverkan/cycle';
import { CAUSE_FACTOR, CHILD_IMPACT_ASSESSMENT_POLICY, MEASURE_KIND, MEASURE_STATUS, SOURCE_KIND, STEP, TRANSITION_KIND } from './enums.js';

/*
 * The work of a cycle as every response shows it (the focus area, the plan as it stood, a
 * revision). Each class `implements` the domain's type, so a field the domain adds or renames
 * fails the API's type-check until the OpenAPI schema says it too.
 */

export class MeetingView implements Meeting {
  @ApiProperty({ example: 'Styrgruppsmöte 3/2025' }) readonly name!: string;
  @ApiProperty({ example: '2025-09-18', description: 'YYYY-MM-DD' }) readonly date!: string;
}

export class ProblemStatementView implements ProblemStatement {
  @ApiProperty() readonly what!: string;
  @ApiProperty() readonly where!: string;
  @ApiProperty() readonly when!: string;
  @ApiProperty() readonly howOften!: string;
}

export class SourceView implements Source {
  @ApiProperty() readonly sourceId!: string;
  @ApiProperty(SOURCE_KIND) readonly kind!: SourceKind;
  @ApiProperty() readonly title!: string;
  @ApiPropertyOptional() readonly description?: string;
}

export class CauseView implements Cause {
  @ApiProperty() readonly causeId!: string;
  @ApiProperty() readonly description!: string;
  @ApiProperty(CAUSE_FACTOR) readonly factor!: CauseFactor;
}

export class GoalView implements Goal {
  @ApiProperty() readonly goalId!: string;
  @ApiProperty() readonly description!: string;
  @ApiPropertyOptional() readonly indicator?: string;
  @ApiPropertyOptional() readonly baseline?: number;
  @ApiPropertyOptional() readonly target?: number;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD' }) readonly targetDate?: string;
  @ApiPropertyOptional() readonly followUpMethod?: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD: set without a baseline, to be measured by then (where the policy lets a baseline follow)' })
  readonly baselineDueBy?: string;
  @ApiPropertyOptional({ description: "The agreement's overall goal (övergripande mål) this goal contributes to" })
  readonly overallGoalId?: string;
}

export class SharedResponsibilityView implements SharedResponsibility {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty({ description: 'A function ("Fältsekreterare"), never a person' }) readonly function!: string;
}

export class MeasureView implements Measure {
  @ApiProperty() readonly measureId!: string;
  @ApiProperty({ description: 'The cause the measure mainly addresses' }) readonly causeId!: string;
  @ApiPropertyOptional({ type: [String], description: 'Further causes the measure addresses' })
  readonly furtherCauseIds?: string[];
  @ApiPropertyOptional({ description: "Absent until the measure is linked to its goal (Brå's order: cause → measure → goal)" })
  readonly goalId?: string;
  @ApiProperty() readonly activity!: string;
  @ApiProperty() readonly operationalGoal!: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) readonly dueDate!: string;
  @ApiProperty() readonly responsiblePartyId!: string;
  @ApiProperty() readonly responsibleFunction!: string;
  @ApiPropertyOptional({ type: [SharedResponsibilityView], description: 'Parties sharing the responsibility with the responsible party' })
  readonly coResponsible?: SharedResponsibilityView[];
  @ApiPropertyOptional({ type: [String], description: 'Other actors named as collaborators: organisations, never persons' })
  readonly collaborators?: string[];
  @ApiProperty() readonly followUpMethod!: string;
  @ApiProperty(MEASURE_KIND) readonly kind!: MeasureKind;
  @ApiProperty({ ...MEASURE_STATUS, nullable: true, description: 'Null until a coordinator follows the measure up' })
  readonly status!: MeasureStatus | null;
  @ApiPropertyOptional() readonly statusComment?: string;
}

export class ChildImpactAssessmentView implements ChildImpactAssessment {
  @ApiProperty() readonly summary!: string;
  @ApiProperty() readonly conclusion!: string;
}

export class GoalEffectView {
  @ApiProperty() readonly measuredValue!: number;
  @ApiPropertyOptional() readonly comment?: string;
}

export class GoalOutcomeView implements GoalOutcome {
  @ApiProperty() readonly goalId!: string;
  @ApiProperty() readonly production!: string;
  @ApiProperty() readonly process!: string;
  @ApiProperty({ type: GoalEffectView }) readonly effect!: GoalEffectView;
}

export class IndicatorMeasurementView implements IndicatorMeasurement {
  @ApiProperty() readonly goalId!: string;
  @ApiProperty() readonly measurementId!: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) readonly measuredOn!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Null: a follow-up planned on that day, not measured yet' })
  readonly value!: number | null;
  @ApiPropertyOptional() readonly comment?: string;
}

export class CarriedForwardView implements CarriedForward {
  @ApiProperty({ description: 'The cycle the work was taken from' }) readonly fromCycle!: number;
  @ApiProperty({ type: [String] }) readonly sourceIds!: string[];
  @ApiProperty({ type: [String], description: 'Named, and every cause a kept measure addresses' }) readonly causeIds!: string[];
  @ApiProperty({ type: [String] }) readonly goalIds!: string[];
  @ApiProperty({ type: [String] }) readonly measureIds!: string[];
}

export class CycleWorkView implements CycleWork {
  @ApiProperty({ type: ProblemStatementView, nullable: true }) readonly problemStatement!: ProblemStatementView | null;
  @ApiProperty({ type: [SourceView] }) readonly sources!: SourceView[];
  @ApiProperty({ type: [CauseView] }) readonly causes!: CauseView[];
  @ApiProperty({ type: [GoalView] }) readonly goals!: GoalView[];
  @ApiProperty({ type: [MeasureView] }) readonly measures!: MeasureView[];
  @ApiProperty({ type: ChildImpactAssessmentView, nullable: true }) readonly childImpactAssessment!: ChildImpactAssessmentView | null;
  @ApiProperty({ type: [GoalOutcomeView] }) readonly outcomes!: GoalOutcomeView[];
  @ApiProperty({ type: [IndicatorMeasurementView] }) readonly measurements!: IndicatorMeasurementView[];
  @ApiProperty({ type: String, nullable: true }) readonly conclusion!: string | null;
  @ApiPropertyOptional({ type: CarriedForwardView, description: 'What this cycle kept of the cycle before; absent until chosen' })
  readonly carriedForward?: CarriedForwardView;
}

export class PreviousCycleView implements PreviousCycle {
  @ApiProperty() readonly cycle!: number;
  @ApiProperty({ type: CycleWorkView }) readonly work!: CycleWorkView;
}

export class RejectionView implements Rejection {
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty() readonly partyId!: string;
  @ApiProperty() readonly reason!: string;
}

/** A proposal taken back before the council decided it, with the reason (until the next proposal). */
export class WithdrawalView implements Withdrawal {
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly reason!: string;
}

/** A proposal waiting for the council; `approvedBy` in the order the parties approved. */
export class PendingProposalBase implements PendingProposal {
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ type: MeetingView, nullable: true }) readonly meeting!: MeetingView | null;
  @ApiProperty({ type: [String] }) readonly approvedBy!: string[];
}

/** The same proposal with the parties whose approval is still missing for consensus. */
export class PendingProposalView extends PendingProposalBase {
  @ApiProperty({ type: [String], description: 'Parties whose approval is still missing, in the agreement’s order' })
  readonly awaiting!: string[];
}

export class DecisionRequiredView {
  @ApiProperty() readonly prioritise!: boolean;
  @ApiProperty() readonly advance!: boolean;
  @ApiProperty() readonly close!: boolean;
  @ApiProperty() readonly newCycle!: boolean;
  @ApiProperty() readonly stepBack!: boolean;
}

export class DecisionPolicyView {
  @ApiProperty({ type: DecisionRequiredView, description: 'Which transitions need a council decision (stepBack: stepping back needs one too)' })
  readonly decisionRequired!: DecisionRequiredView;
  @ApiPropertyOptional({
    ...CHILD_IMPACT_ASSESSMENT_POLICY,
    description:
      'When a child impact assessment is due before measures are decided; absent on agreements registered before it was recorded: everyFocusArea',
  })
  readonly childImpactAssessment?: ChildImpactAssessmentPolicy;
  @ApiPropertyOptional({ description: 'Whether a goal may be set before its baseline is measured; absent: false' })
  readonly baselineMayFollow?: boolean;
}
