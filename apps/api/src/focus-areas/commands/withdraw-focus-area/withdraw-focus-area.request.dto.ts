import { ApiProperty } from '@nestjs/swagger';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

export class WithdrawFocusAreaRequestDto {
  @ApiProperty({ description: 'Why the focus area is withdrawn', maxLength: TEXT_MAX }) @Text(TEXT_MAX) reason!: string;
}
