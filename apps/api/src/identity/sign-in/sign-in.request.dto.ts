import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SignInRequestDto {
  @ApiProperty({ example: 'lomma.samordnare' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'samverkan-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class SignInResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn!: number;
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() administrator!: boolean;
}
