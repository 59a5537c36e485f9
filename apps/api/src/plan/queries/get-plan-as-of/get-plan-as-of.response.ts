import { ApiProperty } from '@nestjs/swagger';
import { AgreementDirectoryView } from '../../../common/responses/directory.response.js';
import { FocusAreaDocView } from '../../../common/responses/focus-area-doc.response.js';
import { PlanBoardRowView } from '../get-plan-board/get-plan-board.response.js';

export class PlanAsOfView {
  @ApiProperty({ description: 'The moment (ISO-8601 instant)' }) readonly at!: string;
  @ApiProperty({ type: AgreementDirectoryView }) readonly agreement!: AgreementDirectoryView;
  @ApiProperty({ type: [FocusAreaDocView], description: 'Each focus area as it stood' }) readonly focusAreas!: FocusAreaDocView[];
  @ApiProperty({ type: [PlanBoardRowView], description: 'The board as it looked that day' }) readonly board!: PlanBoardRowView[];
}
