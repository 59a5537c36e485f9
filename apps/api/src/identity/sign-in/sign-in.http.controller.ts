import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { ApiExtraModels, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, getSchemaPath } from '@nestjs/swagger';
import { unauthorized } from '../../common/problem.js';
import { ProblemView } from '../../common/responses/problem.response.js';
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
  @ApiExtraModels(ProblemView)
  @ApiUnauthorizedResponse({
    description: 'Unknown user or wrong password',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } } },
  })
  async signIn(@Body() body: SignInRequestDto): Promise<SignInResponseDto> {
    const actor = await this.accounts.authenticate(body.username, body.password);
    if (!actor) throw unauthorized('Unknown username or wrong password.');
    const expiresIn = this.config.getOrThrow<number>('TOKEN_TTL_SECONDS');
    const accessToken = await this.jwt.signAsync({ sub: actor.userId }, { expiresIn });
    return { accessToken, tokenType: 'Bearer', expiresIn, ...actor };
  }
}
