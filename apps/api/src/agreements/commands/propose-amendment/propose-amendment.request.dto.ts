import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { DATE, DATE_MESSAGE, ID, ID_MESSAGE } from '../../../common/shapes.js';
import { AmendmentChangeDto } from './amendment-change.request.dto.js';

export class ProposeAmendmentRequestDto {
  @ApiPropertyOptional({ example: 'tillagg-raddningstjansten', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  amendmentId?: string;

  @ApiProperty({ example: '2025-06-01', description: 'The day the amended terms take effect' })
  @Matches(DATE, { message: DATE_MESSAGE })
  effectiveFrom!: string;

  @ApiProperty({ example: 'Räddningstjänsten ansluter till samverkan om trygghet i centrum.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  grounds!: string;

  @ApiProperty({ type: [AmendmentChangeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => AmendmentChangeDto)
  changes!: AmendmentChangeDto[];
}
