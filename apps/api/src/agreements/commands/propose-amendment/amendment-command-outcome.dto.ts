import { ApiProperty } from '@nestjs/swagger';
import { AgreementCommandOutcomeDto } from '../../agreement-command-outcome.dto.js';

/** What the amendment commands answer: the agreement's new revision and which amendment. */
export class AmendmentCommandOutcomeDto extends AgreementCommandOutcomeDto {
  @ApiProperty({ example: 'tillagg-raddningstjansten' }) readonly amendmentId!: string;
}

export type AmendmentCommandOutcome = AmendmentCommandOutcomeDto;
