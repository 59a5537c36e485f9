import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ANNEX_KINDS, type AnnexKind } from '@samverkan/annexes';
import { ID, ID_MESSAGE } from '../../../common/shapes.js';

export class CreateAnnexRequestDto {
  @ApiProperty({ enum: ANNEX_KINDS, description: 'situationPicture (lägesbild), actionPlan (åtgärdsplan) or citizenPromise (medborgarlöfte)' })
  @IsIn(ANNEX_KINDS, { message: `kind must be one of ${ANNEX_KINDS.join(', ')}` })
  kind!: AnnexKind;

  @ApiProperty({ example: 'Lägesbild Lomma', maxLength: 200 })
  @IsString({ message: 'title must be text' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @ApiPropertyOptional({
    description:
      'A citizen promise only: its id (default: a new one). The situation picture and the action plan have the fixed id <agreementId>-lagesbild / -atgardsplan.',
    example: 'lomma-2023-2027-lofte-centrum',
  })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  annexId?: string;
}
