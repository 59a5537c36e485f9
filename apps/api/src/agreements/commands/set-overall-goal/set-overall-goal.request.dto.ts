import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SetOverallGoalRequestDto {
  @ApiProperty({ example: 'Ökad trygghet i kommunens centrala delar', maxLength: 1000 })
  @IsString({ message: '$property must be text' })
  @MinLength(1, { message: '$property must not be empty' })
  @MaxLength(1000, { message: '$property must be at most 1000 characters' })
  description!: string;
}
