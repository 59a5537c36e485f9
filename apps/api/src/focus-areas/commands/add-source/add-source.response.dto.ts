import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';

export class AddSourceResponseDto extends CommandOutcomeDto {
  @ApiProperty({ description: 'The id of the new source', format: 'uuid' }) sourceId!: string;
}
