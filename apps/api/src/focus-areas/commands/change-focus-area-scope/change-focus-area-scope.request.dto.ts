import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

export class ChangeFocusAreaScopeRequestDto {
  @ApiProperty({ description: 'Whether the focus area concerns children and young people in particular', example: false })
  @IsBoolean({ message: '$property must be true or false' })
  childrenAndYoungPeople!: boolean;

  @ApiProperty({ description: 'Why it is said again (shown in the audit history)', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  reason!: string;
}
