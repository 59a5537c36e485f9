import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { TEXT_MAX } from '../../dto-constants.js';
import { FiniteNumber, IsoDate, OptionalText } from '../../dto-fields.js';

/** One follow-up of a goal's indicator: a measured value on a day, or null for a follow-up still to be made. */
export class RecordIndicatorMeasurementRequestDto {
  @ApiProperty({ example: '2025-09-30', description: 'The day measured, or planned to be measured (YYYY-MM-DD); a value cannot lie after today' })
  @IsoDate()
  measuredOn!: string;

  @ApiProperty({ type: Number, nullable: true, example: 1.7, description: 'The indicator as measured (aggregated); null: planned, not measured yet' })
  // Required, but null is a value: "ej mätt ännu".
  @ValidateIf((o: { value?: unknown }) => o.value !== null)
  @FiniteNumber()
  value!: number | null;

  @ApiPropertyOptional({ example: 'Trygghetsmätningen hösten 2025', maxLength: TEXT_MAX }) @OptionalText(TEXT_MAX) comment?: string;
}
