import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ID } from '../../../common/shapes.js';

export class DraftFileRequestDto {
  @ApiProperty({ example: 'lagesbild-2025.pdf', maxLength: 200 })
  @IsString({ message: 'fileName must be text' })
  @MinLength(1, { message: 'fileName must not be empty' })
  @MaxLength(200, { message: 'fileName must be at most 200 characters' })
  @Matches(/^[^/\\\p{Cc}]+$/u, { message: 'fileName must be a file name without a path' })
  fileName!: string;

  @ApiProperty({ description: 'The sha256 the upload answered with', example: 'a'.repeat(64) })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hex digits' })
  sha256!: string;
}

export class DraftAnnexVersionRequestDto {
  @ApiProperty({ description: 'The version text (a summary of the document; Swedish)', maxLength: 20000 })
  @IsString({ message: 'text must be text' })
  @MaxLength(20000, { message: 'text must be at most 20000 characters' })
  text!: string;

  @ApiPropertyOptional({ type: [DraftFileRequestDto], description: 'Files uploaded to /agreements/{id}/annex-files, by hash' })
  @IsOptional()
  @IsArray({ message: 'files must be a list' })
  @ArrayMaxSize(20, { message: 'files must be at most 20' })
  @ValidateNested({ each: true })
  @Type(() => DraftFileRequestDto)
  files?: DraftFileRequestDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'The parties the version binds (default: every party). A citizen promise may bind only the municipality and the police.',
    example: ['lomma-kommun', 'lpo-kavlinge'],
  })
  @IsOptional()
  @IsArray({ message: 'bindingPartyIds must be a list' })
  @ArrayMaxSize(20, { message: 'bindingPartyIds must be at most 20' })
  @Matches(ID, { each: true, message: 'each of bindingPartyIds must be a party id' })
  bindingPartyIds?: string[];
}
