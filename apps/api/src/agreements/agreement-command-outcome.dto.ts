import { ApiProperty } from '@nestjs/swagger';
import type { AgreementCommandOutcome } from './agreement-commands.service.js';

/** What every agreement command answers; `revision` is also sent as the ETag. */
export class AgreementCommandOutcomeDto implements AgreementCommandOutcome {
  @ApiProperty({ example: 'lomma-2023-2027' }) readonly agreementId!: string;
  @ApiProperty({ description: 'Agreement stream revision after the command (also the ETag)' }) readonly revision!: number;
  @ApiProperty({ description: 'Global position written, for read-your-writes (minPosition)' }) readonly position!: string;
}
