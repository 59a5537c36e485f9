import { ApiProperty } from '@nestjs/swagger';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';

export class SetOverallGoalResponseDto extends AgreementCommandOutcomeDto {
  @ApiProperty({ description: 'The id of the overall goal stated or revised' }) overallGoalId!: string;
}
