import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';

export class RecordIndicatorMeasurementResponseDto extends CommandOutcomeDto {
  @ApiProperty({ description: 'The id of the measurement recorded or revised' }) measurementId!: string;
}
