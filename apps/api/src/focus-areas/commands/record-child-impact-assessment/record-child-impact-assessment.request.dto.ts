import { ApiProperty } from '@nestjs/swagger';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

/** Barnkonsekvensanalys: how the measures affect children and young people, and what follows from it. */
export class RecordChildImpactAssessmentRequestDto {
  @ApiProperty({ description: 'How the planned measures affect children and young people', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  summary!: string;

  @ApiProperty({ description: 'What the assessment concludes for the measures', maxLength: TEXT_MAX }) @Text(TEXT_MAX) conclusion!: string;
}
