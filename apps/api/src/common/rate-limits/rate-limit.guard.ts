import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { SignInFailures } from './sign-in-failures.js';
import { isSignIn, usernameOf } from './sign-in-paths.js';
import { tooManyRequests } from './too-many-requests.js';

/**
 * The throttler's limits (sign-in per address, commands per account) and, first, the account's
 * wrong-password limit: past it a sign-in is refused before any password is checked, so a guessing
 * run costs nothing.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly failures: SignInFailures,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const username = isSignIn(req) ? usernameOf(req) : undefined;
    const wait = username === undefined ? undefined : await this.failures.retryAfter(username);
    if (wait !== undefined) throw tooManyRequests(wait, 'Too many wrong passwords for this account');
    return super.canActivate(context);
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw tooManyRequests(Math.max(1, detail.timeToBlockExpire), 'Too many requests');
  }
}
