import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';

export class IdentifyCauseResponseDto extends CommandOutcomeDto {
  @ApiProperty({ description: 'The id of the new cause', format: 'uuid' }) causeId!: string;
}
