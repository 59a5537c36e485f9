import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { unauthorized } from '../common/problem.js';
import { AccountsService } from './accounts.service.js';
import type { Actor } from './actor.js';
import { IS_PUBLIC } from './public.decorator.js';

/**
 * The one place that says who the caller is. Sign-in through the municipalities' identity provider
 * will replace the token check here; everything behind it sees only an `Actor`.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly accounts: AccountsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw unauthorized('Sign in first: send "Authorization: Bearer <token>" from POST /api/auth/token.');
    const payload = await this.jwt.verifyAsync<{ sub: string }>(token).catch(() => undefined);
    const actor = payload ? this.accounts.find(payload.sub) : undefined;
    if (!actor) throw unauthorized('The access token is invalid or has expired; sign in again.');
    request.actor = actor;
    return true;
  }
}
