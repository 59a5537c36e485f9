import { ApiProperty } from '@nestjs/swagger';
import type { FocusAreaView, PossibleCommand } from '@samverkan/cycle';

export class FocusAreaResponse {
  @ApiProperty({ description: 'The stream revision this view reflects (also the ETag)' }) revision!: number;
  @ApiProperty({ description: 'The focus area: step, cycle, work of each step, pending proposal, earlier cycles' })
  focusArea!: FocusAreaView;
  @ApiProperty({
    description:
      'Commands possible now, as the cycle machine judges them: `{ type }`, and for ProposeTransition also `transition`, `to` and `decisionRequired`, for StepBack `to`',
    type: 'array',
    items: { type: 'object', properties: { type: { type: 'string' } }, additionalProperties: true },
  })
  possibleCommands!: PossibleCommand[];
  @ApiProperty({ description: 'The agreement the focus area belongs to' }) agreementId!: string;
}
