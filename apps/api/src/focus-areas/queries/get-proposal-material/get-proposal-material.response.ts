import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Step, TransitionKind } from '@samverkan/cycle';
import type { MaterialSection, ProposalMaterial } from '@samverkan/read-models';
import {
  CauseView,
  ChildImpactAssessmentView,
  GoalOutcomeView,
  GoalView,
  MeasureView,
  ProblemStatementView,
  SourceView,
} from '../../../common/responses/cycle-work.response.js';
import { STEP, TRANSITION_KIND } from '../../../common/responses/enums.js';
import { CouncilDecisionRecordView } from '../../../common/responses/focus-area-doc.response.js';
import { PlanChangeView } from '../../../plan/queries/get-plan-changes/get-plan-changes.response.js';

const SECTIONS: readonly MaterialSection[] = [
  'problemStatement',
  'sources',
  'causes',
  'goals',
  'measures',
  'childImpactAssessment',
  'outcomes',
  'conclusion',
];

/** The parts of the work being decided; only the sections the proposal concerns are present. */
export class MaterialWorkView {
  @ApiPropertyOptional({ type: ProblemStatementView, nullable: true }) readonly problemStatement?: ProblemStatementView | null;
  @ApiPropertyOptional({ type: [SourceView] }) readonly sources?: SourceView[];
  @ApiPropertyOptional({ type: [CauseView] }) readonly causes?: CauseView[];
  @ApiPropertyOptional({ type: [GoalView] }) readonly goals?: GoalView[];
  @ApiPropertyOptional({ type: [MeasureView] }) readonly measures?: MeasureView[];
  @ApiPropertyOptional({ type: ChildImpactAssessmentView, nullable: true }) readonly childImpactAssessment?: ChildImpactAssessmentView | null;
  @ApiPropertyOptional({ type: [GoalOutcomeView] }) readonly outcomes?: GoalOutcomeView[];
  @ApiPropertyOptional({ type: String, nullable: true }) readonly conclusion?: string | null;
}

export class ProposalMaterialView implements ProposalMaterial {
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty() readonly description!: string;
  @ApiProperty() readonly childrenAndYoungPeople!: boolean;
  @ApiProperty() readonly cycle!: number;
  @ApiProperty({ description: 'The focus area stream revision the material reflects' }) readonly revision!: number;
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty({ description: 'In Swedish' }) readonly transitionLabel!: string;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ enum: SECTIONS, enumName: 'MaterialSection', isArray: true, description: 'Which parts of the work follow, in this order' })
  readonly sections!: MaterialSection[];
  @ApiProperty({ type: MaterialWorkView }) readonly work!: MaterialWorkView;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: "For a measures decision: whether the agreement's policy asks for a child impact assessment here",
  })
  readonly childImpactAssessmentRequired!: boolean | null;
  @ApiProperty({ type: CouncilDecisionRecordView, nullable: true }) readonly lastCouncilDecision!: CouncilDecisionRecordView | null;
  @ApiProperty({ type: [PlanChangeView], description: 'What changed in the focus area since the council last decided on it' })
  readonly changesSinceLastDecision!: PlanChangeView[];
}
