import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { ID, ID_MESSAGE } from '../common/shapes.js';

/** Where a decision was taken: a meeting held in the app and the paragraph (§) of its agenda. */
export class ProtocolReferenceRequestDto {
  @ApiProperty({ description: 'The meeting the decision was taken at', example: 'lomma-styrgrupp-2025-03-13' })
  @Matches(ID, { message: ID_MESSAGE })
  meetingId!: string;

  @ApiProperty({ description: 'The paragraph (§) of the meeting whose item this decision is', example: 4, minimum: 1 })
  @IsInt({ message: 'paragraph must be a whole number' })
  @Min(1, { message: 'paragraph must be 1 or more' })
  @Max(999, { message: 'paragraph must be 999 or less' })
  paragraph!: number;
}
