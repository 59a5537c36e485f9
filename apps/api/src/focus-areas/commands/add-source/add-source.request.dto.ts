import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SourceKind } from '@samverkan/cycle';
import { SOURCE_KINDS, TEXT_MAX, TITLE_MAX } from '../../dto-constants.js';
import { OneOf, OptionalText, Text } from '../../dto-fields.js';

export class AddSourceRequestDto {
  @ApiProperty({ enum: SOURCE_KINDS, example: 'safetySurvey' }) @OneOf(SOURCE_KINDS) kind!: SourceKind;

  @ApiProperty({ example: 'Polisens trygghetsmätning 2024', maxLength: TITLE_MAX }) @Text(TITLE_MAX) title!: string;

  @ApiPropertyOptional({ description: 'What the source shows about the problem', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  description?: string;
}
