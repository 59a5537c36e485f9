import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export class CreateAccountRequestDto {
  @ApiProperty({ example: 'lomma.samordnare2' })
  @Matches(USERNAME, { message: 'username must be 2-64 of a-z, 0-9, ".", "_", "-"' })
  username!: string;

  @ApiProperty({ example: 'Samordnare, Lomma kommun' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  administrator?: boolean;
}

export class InviteRequestDto {
  @ApiProperty({ example: 'anna.andersson@lomma.se' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  administrator?: boolean;
}

export class ApprovePendingSignInRequestDto {
  @ApiPropertyOptional({ description: 'Link to this existing account; otherwise a new account is made' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  accountId?: string;

  @ApiPropertyOptional({ description: 'The new account’s name; by default the name the provider gave' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  administrator?: boolean;
}

export class ChangePasswordRequestDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(256)
  newPassword!: string;
}

export class SetPasswordByLinkRequestDto {
  @ApiProperty({ description: 'The token of the one-time link /losenord/<token>' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,128}$/, { message: 'token must be the token of a one-time link' })
  token!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(256)
  newPassword!: string;
}

/** An account id: a UUID, or a demo account's username. */
export class AccountIdParams {
  @Matches(/^[a-z0-9][a-z0-9._-]{0,127}$/, { message: 'id must be an account id' })
  id!: string;
}
