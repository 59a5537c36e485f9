import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { ProblemError } from '../problem.js';
import { SignInFailures } from './sign-in-failures.js';
import { isSignIn, usernameOf } from './sign-in-paths.js';

/** Counts a sign-in answered 401 (unknown account or wrong password) against the account it named. */
@Injectable()
export class SignInFailureInterceptor implements NestInterceptor {
  constructor(private readonly failures: SignInFailures) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const username = isSignIn(req) ? usernameOf(req) : undefined;
    if (username === undefined) return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof ProblemError && error.problem.status === 401)) return throwError(() => error);
        // Counted before the answer leaves, so the next attempt (on any instance) sees it.
        return from(this.failures.record(username)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
