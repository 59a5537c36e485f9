import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';

export class PlanMeasureResponseDto extends CommandOutcomeDto {
  @ApiProperty({ description: 'The id of the measure planned or revised', format: 'uuid' }) measureId!: string;
}
