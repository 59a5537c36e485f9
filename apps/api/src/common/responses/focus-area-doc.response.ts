import { ApiProperty } from '@nestjs/swagger';
import type { Step } from '@samverkan/cycle';
import type { BoardApproval, CouncilDecisionRecord, FocusAreaBoardDoc } from '@samverkan/read-models';
import { CycleWorkView, PendingProposalBase, PreviousCycleView, RejectionView, WithdrawalView } from './cycle-work.response.js';
import { STEP } from './enums.js';

export class BoardApprovalView implements BoardApproval {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly decidedAt!: string;
  @ApiProperty() readonly decidedBy!: string;
  @ApiProperty({ description: "'councilRepresentative' or 'councilSubstitute'" }) readonly actorRole!: string;
}

export class BoardProposalView extends PendingProposalBase {
  @ApiProperty({ description: 'When it was proposed (ISO-8601 instant)' }) readonly proposedAt!: string;
  @ApiProperty({ description: 'The coordinator who proposed it' }) readonly proposedBy!: string;
  @ApiProperty({ type: [BoardApprovalView], description: 'The approvals so far, with who decided and when' }) readonly approvals!: BoardApprovalView[];
}

export class CouncilDecisionRecordView implements CouncilDecisionRecord {
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty({ enum: ['approved', 'rejected'] }) readonly outcome!: 'approved' | 'rejected';
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly decidedAt!: string;
  @ApiProperty({ description: 'The focus area stream revision after the decision' }) readonly revision!: number;
}

export class BoardWithdrawalView extends WithdrawalView {
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly withdrawnAt!: string;
  @ApiProperty() readonly withdrawnBy!: string;
}

/** One focus area as the read models hold it: the plan as it stood, and a past revision. */
export class FocusAreaDocView implements FocusAreaBoardDoc {
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty() readonly description!: string;
  @ApiProperty() readonly childrenAndYoungPeople!: boolean;
  @ApiProperty(STEP) readonly step!: Step;
  @ApiProperty() readonly cycle!: number;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly proposedAt!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly stepEnteredAt!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly lastEventAt!: string;
  @ApiProperty({ description: 'The focus area stream revision after the last event' }) readonly revision!: number;
  @ApiProperty({ description: 'The log position of the last event' }) readonly position!: string;
  @ApiProperty({ type: BoardProposalView, nullable: true }) readonly pendingProposal!: BoardProposalView | null;
  @ApiProperty({ type: RejectionView, nullable: true }) readonly lastRejection!: RejectionView | null;
  @ApiProperty({
    type: BoardWithdrawalView,
    nullable: true,
    description: 'The last proposal withdrawn before the council decided it, until the next proposal',
  })
  readonly lastWithdrawal!: BoardWithdrawalView | null;
  @ApiProperty({ type: CouncilDecisionRecordView, nullable: true, description: "The council's last decision on the focus area" })
  readonly lastCouncilDecision!: CouncilDecisionRecordView | null;
  @ApiProperty({ type: CycleWorkView }) readonly work!: CycleWorkView;
  @ApiProperty({ type: [PreviousCycleView] }) readonly previousCycles!: PreviousCycleView[];
  @ApiProperty({ type: [String] }) readonly proposalIds!: string[];
  @ApiProperty({ type: String, nullable: true }) readonly withdrawalReason!: string | null;
}
