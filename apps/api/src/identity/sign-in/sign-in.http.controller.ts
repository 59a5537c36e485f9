import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { unauthorized } from '../../common/problem.js';
import { AccountsService } from '../accounts.service.js';
import { Public } from '../public.decorator.js';
import { SignInRequestDto, SignInResponseDto } from './sign-in.request.dto.js';

@ApiTags('auth')
@Controller('auth')
export class SignInController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOkResponse({ type: SignInResponseDto })
  @ApiUnauthorizedResponse({ description: 'Unknown user or wrong password' })
  async signIn(@Body() body: SignInRequestDto): Promise<SignInResponseDto> {
    const actor = await this.accounts.authenticate(body.username, body.password);
    if (!actor) throw unauthorized('Unknown username or wrong password.');
    const expiresIn = this.config.getOrThrow<number>('TOKEN_TTL_SECONDS');
    const accessToken = await this.jwt.signAsync({ sub: actor.userId }, { expiresIn });
    return { accessToken, tokenType: 'Bearer', expiresIn, ...actor };
  }
}
