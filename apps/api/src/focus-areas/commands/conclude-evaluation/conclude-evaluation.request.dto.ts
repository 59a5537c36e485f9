import { ApiProperty } from '@nestjs/swagger';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

export class ConcludeEvaluationRequestDto {
  @ApiProperty({ description: 'What the evaluation concludes: close the focus area, or carry it into a new cycle, and why', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  conclusion!: string;
}
