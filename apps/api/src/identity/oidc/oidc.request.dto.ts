import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class OidcProviderParamDto {
  @ApiProperty({ example: 'entra', description: 'A provider named in OIDC_PROVIDERS' })
  @Matches(/^[a-z][a-z0-9-]{0,31}$/)
  provider!: string;
}

export class OidcStartQueryDto {
  @ApiPropertyOptional({ example: '/fokusomraden', description: 'Where to land after signing in: a path of this site' })
  @IsOptional()
  @MaxLength(512)
  // A path of this origin only: `//host` and `/\host` are other origins to a browser (open redirect).
  @Matches(/^\/(?![/\\])[^\s\\]*$/, { message: 'returnTo must be a path of this site, starting with a single /' })
  returnTo?: string;
}

const text = () => applyDecorators(IsOptional(), IsString(), MaxLength(4096));

/**
 * The authorization response (RFC 6749 §4.1.2, RFC 9207's `iss`, Entra's `session_state`, the
 * granted `scope` some providers echo). Any other parameter is refused with a 400, like every input.
 */
export class OidcCallbackQueryDto {
  @ApiPropertyOptional() @text() code?: string;
  @ApiPropertyOptional() @text() state?: string;
  @ApiPropertyOptional() @text() iss?: string;
  @ApiPropertyOptional() @text() error?: string;
  @ApiPropertyOptional() @text() error_description?: string;
  @ApiPropertyOptional() @text() error_uri?: string;
  @ApiPropertyOptional() @text() session_state?: string;
  @ApiPropertyOptional() @text() scope?: string;
}
