import { ApiProperty } from '@nestjs/swagger';
import type { AgreementDirectoryDoc, FocusAreaBoardDoc } from '@samverkan/read-models';
import { inBoardOrder } from '@samverkan/read-models';

export class OverallGoalContributionView {
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty({ description: "The focus area's title" }) readonly focusAreaTitle!: string;
  @ApiProperty() readonly goalId!: string;
  @ApiProperty({ description: "The focus area's goal that contributes" }) readonly goalDescription!: string;
}

export class OverallGoalView {
  @ApiProperty() readonly overallGoalId!: string;
  @ApiProperty({ example: 'Ökad trygghet i kommunens centrala delar' }) readonly description!: string;
  @ApiProperty({ type: [OverallGoalContributionView], description: "The focus areas' goals of their current cycle that name this overall goal" })
  readonly contributions!: OverallGoalContributionView[];
}

/** The agreement's overall goals (the directory) with the focus areas' goals that contribute (the board): two read models, no stream folded. */
export const toOverallGoals = (agreement: AgreementDirectoryDoc, board: readonly FocusAreaBoardDoc[]): OverallGoalView[] =>
  (agreement.overallGoals ?? []).map(({ overallGoalId, description }) => ({
    overallGoalId,
    description,
    contributions: inBoardOrder(board).flatMap((doc) =>
      doc.work.goals
        .filter((goal) => goal.overallGoalId === overallGoalId)
        .map((goal) => ({ focusAreaId: doc.focusAreaId, focusAreaTitle: doc.title, goalId: goal.goalId, goalDescription: goal.description })),
    ),
  }));
