import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';

export class SetGoalResponseDto extends CommandOutcomeDto {
  @ApiProperty({ description: 'The id of the goal set or revised', format: 'uuid' }) goalId!: string;
}
