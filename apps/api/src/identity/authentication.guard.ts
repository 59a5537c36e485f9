import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { forbidden, unauthorized } from '../common/problem.js';
import { AccountsService } from './accounts.service.js';
import type { Actor } from './actor.js';
import { IS_PUBLIC } from './public.decorator.js';
import { csrfMatches, SESSION_COOKIE, SessionService, type ResolvedSession } from './sessions/session.service.js';

export type AuthenticatedRequest = Request & { actor?: Actor; session?: ResolvedSession & { cookie: string } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place that says who the caller is: a bearer token (API clients; no CSRF needed, the
 * browser never sends it by itself) or the browser's session cookie (every unsafe request also
 * carries the session's CSRF token). Either way the account must still be active.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token) {
      const payload = await this.jwt.verifyAsync<{ sub: string }>(token).catch(() => undefined);
      const actor = payload ? await this.accounts.find(payload.sub) : undefined;
      if (!actor) throw unauthorized('The access token is invalid or has expired, or its account is disabled; sign in again.');
      request.actor = actor;
      return true;
    }
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!cookie) throw unauthorized('Sign in first: POST /api/auth/session (browser) or send "Authorization: Bearer <token>" from POST /api/auth/token.');
    const session = await this.sessions.resolve(cookie);
    if (!session) throw unauthorized('The session has ended (signed out, idle too long, or the account was disabled); sign in again.');
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request, session.session)) {
      throw forbidden(
        "A request with the session cookie must carry the session's CSRF token in the X-CSRF-Token header (GET /api/auth/session answers it).",
      );
    }
    request.actor = session.actor;
    request.session = { ...session, cookie };
    return true;
  }
}
