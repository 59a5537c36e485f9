import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FocusAreaView, PossibleCommand } from '@samverkan/cycle';
import { FOCUS_AREA_COMMAND_TYPES } from '../../../common/responses/command-types.js';
import {
  CycleWorkView,
  DecisionPolicyView,
  PendingProposalView,
  PreviousCycleView,
  RejectionView,
  WithdrawalView,
} from '../../../common/responses/cycle-work.response.js';
import { STEP, TRANSITION_KIND } from '../../../common/responses/enums.js';

/** GET /focus-areas/{id}'s focus area (libs/cycle's view; a stream never read answers 404, so never `none`). */
export class FocusAreaViewDto implements Omit<FocusAreaView, 'step' | 'focusAreaId'> {
  @ApiProperty({ ...STEP, description: 'The step the focus area is in' }) readonly step!: Exclude<FocusAreaView['step'], 'none'>;
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty() readonly description!: string;
  @ApiProperty() readonly childrenAndYoungPeople!: boolean;
  @ApiProperty({ description: "Whether the agreement's policy asks for a child impact assessment before this focus area's measures are decided" })
  readonly childImpactAssessmentRequired!: boolean;
  @ApiProperty({ description: 'The cycle, from 1; a new cycle files the work under previousCycles' }) readonly cycle!: number;
  @ApiProperty({ type: CycleWorkView }) readonly work!: CycleWorkView;
  @ApiProperty({ type: PendingProposalView, nullable: true }) readonly pendingProposal!: PendingProposalView | null;
  @ApiProperty({ type: RejectionView, nullable: true }) readonly lastRejection!: RejectionView | null;
  @ApiProperty({ type: WithdrawalView, nullable: true, description: 'The last proposal withdrawn before the council decided it, until the next proposal' })
  readonly lastWithdrawal!: WithdrawalView | null;
  @ApiProperty({ type: [PreviousCycleView] }) readonly previousCycles!: PreviousCycleView[];
  @ApiProperty({ type: DecisionPolicyView }) readonly policy!: DecisionPolicyView;
  @ApiPropertyOptional({ description: 'When the current step was entered (ISO-8601 instant)' }) readonly stepEnteredAt?: string;
  @ApiPropertyOptional() readonly withdrawalReason?: string;
  @ApiProperty({ description: 'The version of the cycle machine that judged it' }) readonly machineVersion!: string;
}

/** One command possible now: `{ type }`, for ProposeTransition also `transition`, `to`, `decisionRequired`, for StepBack `to`. */
export class PossibleCommandDto {
  @ApiProperty({ enum: FOCUS_AREA_COMMAND_TYPES, enumName: 'FocusAreaCommandType' }) readonly type!: PossibleCommand['type'];
  @ApiPropertyOptional(TRANSITION_KIND) readonly transition?: string;
  @ApiPropertyOptional({ ...STEP, description: 'Where the transition or step back leads' }) readonly to?: string;
  @ApiPropertyOptional() readonly decisionRequired?: boolean;
}

export class FocusAreaResponse {
  @ApiProperty({ description: 'The stream revision this view reflects (also the ETag)' }) revision!: number;
  @ApiProperty({ type: FocusAreaViewDto }) focusArea!: FocusAreaView;
  @ApiProperty({ type: [PossibleCommandDto], description: 'Commands possible now, as the cycle machine judges them' })
  possibleCommands!: PossibleCommand[];
  @ApiProperty({ description: 'The agreement the focus area belongs to' }) agreementId!: string;
}
