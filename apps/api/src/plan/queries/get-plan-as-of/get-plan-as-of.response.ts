import { ApiProperty } from '@nestjs/swagger';
import { PartyView } from '../../../common/responses/agreement.response.js';
import { AgreementDirectoryView } from '../../../common/responses/directory.response.js';
import { FocusAreaDocView } from '../../../common/responses/focus-area-doc.response.js';
import { PlanBoardRowView } from '../get-plan-board/get-plan-board.response.js';

export class PlanAsOfView {
  @ApiProperty({ description: 'The moment (ISO-8601 instant)' }) readonly at!: string;
  @ApiProperty({ type: String, nullable: true, description: "When the agreement's log began: the moment of its first event (ISO-8601 instant)" })
  readonly logBeganAt!: string | null;
  @ApiProperty({ description: 'True for a moment before the agreement was registered: there was no plan yet, and the lists are empty' })
  readonly beforeLogBegan!: boolean;
  @ApiProperty({ type: AgreementDirectoryView, nullable: true, description: 'The agreement as it stood; null before it was registered' })
  readonly agreement!: AgreementDirectoryView | null;
  @ApiProperty({ type: [PartyView], description: 'The parties bound by the agreement on that day (the terms then in force)' })
  readonly partiesInForce!: PartyView[];
  @ApiProperty({ type: [FocusAreaDocView], description: 'Each focus area as it stood' }) readonly focusAreas!: FocusAreaDocView[];
  @ApiProperty({ type: [PlanBoardRowView], description: 'The board as it looked that day' }) readonly board!: PlanBoardRowView[];
}
