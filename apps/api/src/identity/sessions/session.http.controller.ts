import { Body, Controller, Delete, Get, HttpCode, Optional, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/api-problems.decorator.js';
import { DEMO_PASSWORD } from '../../seed/demo-accounts-file.js';
import type { Response } from 'express';
import { unauthorized } from '../../common/problem.js';
import { AccountsService } from '../accounts.service.js';
import type { Actor } from '../actor.js';
import type { AuthenticatedRequest } from '../authentication.guard.js';
import { SignInProviders } from '../external-sign-in.js';
import { Public } from '../public.decorator.js';
import { SignInRequestDto } from '../sign-in/sign-in.request.dto.js';
import { DoneView, SessionView, SignInOptionsView } from './session.response.js';
import { SessionService } from './session.service.js';

/** The browser's sign-in: a server-side session behind an HttpOnly cookie, shared by every tab. */
@ApiTags('auth')
@Controller('auth')
export class SessionController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    private readonly config: ConfigService,
    @Optional() private readonly providers?: SignInProviders,
  ) {}

  @Public()
  @Get('options')
  @ApiOkResponse({ type: SignInOptionsView })
  options(): SignInOptionsView {
    return {
      localAccounts: true,
      demo: this.config.get<boolean>('SAMVERKAN_DEMO') ? { password: DEMO_PASSWORD } : null,
      providers: [...(this.providers?.list() ?? [])],
    };
  }

  @Public()
  @Post('session')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  @ApiProblems(400, 401, 429)
  async signIn(@Body() body: SignInRequestDto, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const actor = await this.accounts.authenticate(body.username, body.password);
    if (!actor) throw unauthorized('Unknown username or wrong password.');
    const csrfToken = await this.sessions.start(actor.userId, actor.signIn, response);
    return sessionView(actor, csrfToken);
  }

  @Get('session')
  @ApiOkResponse({ type: SessionView })
  current(@Req() request: AuthenticatedRequest): SessionView {
    const actor = request.actor;
    if (!actor) throw unauthorized('Sign in first.');
    return sessionView(actor, request.session?.session.csrfToken ?? null);
  }

  @Delete('session')
  @HttpCode(200)
  @ApiOkResponse({ type: DoneView, description: 'Signed out: the session is revoked on the server and the cookie cleared' })
  @ApiProblems(401, 403)
  async signOut(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<DoneView> {
    if (request.session) await this.sessions.end(request.session.cookie, response);
    return { done: true };
  }
}

const sessionView = (actor: Actor, csrfToken: string | null): SessionView => ({
  userId: actor.userId,
  displayName: actor.displayName,
  administrator: actor.administrator,
  signIn: {
    method: actor.signIn.method,
    ...(actor.signIn.issuer ? { issuer: actor.signIn.issuer } : {}),
    ...(actor.signIn.acr ? { acr: actor.signIn.acr } : {}),
    ...(actor.signIn.amr ? { amr: [...actor.signIn.amr] } : {}),
  },
  csrfToken,
});
