import { ApiProperty } from '@nestjs/swagger';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

export class VoidProposalRequestDto {
  @ApiProperty({ description: 'Why the proposal is taken back', maxLength: TEXT_MAX }) @Text(TEXT_MAX) reason!: string;
}
