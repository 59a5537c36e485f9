import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import type { Actor } from '../../identity/actor.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitWindows } from './rate-limit-windows.js';
import { RateLimitWindowsModule } from './rate-limit-windows.module.js';
import { SignInFailureInterceptor } from './sign-in-failure.interceptor.js';
import { SignInFailures } from './sign-in-failures.js';
import { isSignIn } from './sign-in-paths.js';

const COMMANDS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const requestOf = (context: { switchToHttp(): { getRequest<T>(): T } }) => context.switchToHttp().getRequest<Request & { actor?: Actor }>();

/**
 * Rate limits (README, "Production checklist"): sign-ins per client address, commands per signed-in
 * account (per address before sign-in), wrong passwords per account (SignInFailures). Counted
 * where the accounts live (RateLimitWindowsModule): shared by every instance when that is
 * PostgreSQL. Behind a proxy, set Express's `trust proxy` so that the address is the client's,
 * not the proxy's.
 */
@Module({
  imports: [
    RateLimitWindowsModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitWindowsModule],
      inject: [ConfigService, RateLimitWindows],
      useFactory: (config: ConfigService, windows: RateLimitWindows): ThrottlerModuleOptions => {
        const window = config.getOrThrow<number>('RATE_LIMIT_SIGN_IN_WINDOW_MS');
        return {
          setHeaders: false,
          storage: windows,
          // One count per tracker across routes: the throttler's default key also names the route,
          // which would make "commands per account" a limit per command kind and sign-ins per address
          // a limit per sign-in route.
          generateKey: (_context, tracker, name) => `${name}:${tracker}`,
          throttlers: [
            {
              name: 'sign-in-address',
              ttl: window,
              limit: config.getOrThrow<number>('RATE_LIMIT_SIGN_IN_PER_ADDRESS'),
              skipIf: (context) => !isSignIn(requestOf(context)),
              getTracker: (req) => String(req.ip),
            },
            {
              name: 'commands',
              ttl: 60_000,
              limit: config.getOrThrow<number>('RATE_LIMIT_COMMANDS_PER_USER'),
              skipIf: (context) => isSignIn(requestOf(context)) || !COMMANDS.has(requestOf(context).method),
              getTracker: (req) => ((req as { actor?: Actor }).actor ? `account:${(req as { actor: Actor }).actor.userId}` : `address:${String(req.ip)}`),
            },
          ],
        };
      },
    }),
  ],
  providers: [SignInFailures, { provide: APP_GUARD, useClass: RateLimitGuard }, { provide: APP_INTERCEPTOR, useClass: SignInFailureInterceptor }],
})
export class RateLimitsModule {}
