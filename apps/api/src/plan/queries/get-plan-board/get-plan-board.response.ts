import { ApiProperty } from '@nestjs/swagger';
import type { Step, TransitionKind } from '@samverkan/cycle';
import type { BoardMeasureRow, BoardProposalRow, MeasureBoardStatus, PlanBoardRow } from '@samverkan/read-models';
import { MeetingView, RejectionView } from '../../../common/responses/cycle-work.response.js';
import { MEASURE_BOARD_STATUS, STEP, TRANSITION_KIND } from '../../../common/responses/enums.js';
import type { PlanBoard } from './get-plan-board.query.js';

export class BoardProposalRowView implements BoardProposalRow {
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ type: MeetingView, nullable: true }) readonly meeting!: MeetingView | null;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly proposedAt!: string;
  @ApiProperty({ type: [String] }) readonly approvedBy!: string[];
  @ApiProperty({ type: [String], description: 'Parties whose approval is still missing' }) readonly awaiting!: string[];
}

export class BoardMeasureRowView implements BoardMeasureRow {
  @ApiProperty() readonly measureId!: string;
  @ApiProperty() readonly activity!: string;
  @ApiProperty() readonly responsiblePartyId!: string;
  @ApiProperty() readonly responsibleFunction!: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) readonly dueDate!: string;
  @ApiProperty(MEASURE_BOARD_STATUS) readonly status!: MeasureBoardStatus;
  @ApiProperty() readonly late!: boolean;
  @ApiProperty() readonly daysOverdue!: number;
}

export class PlanBoardRowView implements PlanBoardRow {
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty() readonly childrenAndYoungPeople!: boolean;
  @ApiProperty(STEP) readonly step!: Step;
  @ApiProperty({ description: 'The step in Swedish' }) readonly stepLabel!: string;
  @ApiProperty() readonly cycle!: number;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly stepEnteredAt!: string;
  @ApiProperty({ description: 'Whole calendar days in the step (0 on the day it was entered)' }) readonly daysInStep!: number;
  @ApiProperty({ type: BoardProposalRowView, nullable: true }) readonly pendingProposal!: BoardProposalRowView | null;
  @ApiProperty({ type: RejectionView, nullable: true }) readonly lastRejection!: RejectionView | null;
  @ApiProperty({ type: [BoardMeasureRowView], description: "The current cycle's measures" }) readonly measures!: BoardMeasureRowView[];
  @ApiProperty({
    description:
      "How many of the focus area's measures are late, of every cycle, as late-and-due lists them: the current cycle's and those an earlier cycle left unfinished and the current one did not carry forward",
  })
  readonly lateMeasures!: number;
  @ApiProperty({ description: 'How many of lateMeasures were left in an earlier cycle (and so are not among measures)' })
  readonly lateFromEarlierCycles!: number;
  @ApiProperty({ description: 'The focus area stream revision (its ETag), to send as If-Match' }) readonly revision!: number;
}

export class PlanBoardView implements PlanBoard {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty({ description: 'YYYY-MM-DD: the day late and days-in-step are judged by' }) readonly today!: string;
  @ApiProperty({ type: [PlanBoardRowView] }) readonly focusAreas!: PlanBoardRowView[];
}
