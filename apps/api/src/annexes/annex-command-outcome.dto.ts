import { ApiProperty } from '@nestjs/swagger';
import type { AnnexCommandOutcome } from './annex-commands.service.js';

/** What every annex command answers; `revision` is also sent as the ETag. */
export class AnnexCommandOutcomeDto implements AnnexCommandOutcome {
  @ApiProperty({ example: 'lomma-2023-2027-lagesbild' }) readonly annexId!: string;
  @ApiProperty({ description: 'Annex stream revision after the command (also the ETag)', example: 3 }) readonly revision!: number;
  @ApiProperty({ description: 'Global position written, for read-your-writes (minPosition)', example: '128' }) readonly position!: string;
}

export interface AnnexVersionOutcome extends AnnexCommandOutcome {
  readonly version: number;
}

/** A drafted version answers with its number. */
export class AnnexVersionOutcomeDto extends AnnexCommandOutcomeDto implements AnnexVersionOutcome {
  @ApiProperty({ example: 2 }) readonly version!: number;
}
