import { ApiProperty } from '@nestjs/swagger';

/** What every focus-area command answers; `revision` is also sent as the ETag. */
export class CommandOutcomeDto {
  @ApiProperty({ example: 'lomma-barn-och-unga' }) focusAreaId!: string;
  @ApiProperty({ description: 'Stream revision after the command (also the ETag)', example: 4 }) revision!: number;
  @ApiProperty({ description: 'Global position written, for read-your-writes', example: '128' }) position!: string;
}
