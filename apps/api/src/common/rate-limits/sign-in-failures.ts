import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RateLimitWindows } from './rate-limit-windows.js';

/** The windows' name for wrong passwords, apart from the throttler's (sign-in-address, commands). */
const SIGN_IN_ACCOUNT = 'sign-in-account';

/**
 * Wrong passwords per account (RATE_LIMIT_SIGN_IN_PER_ACCOUNT per RATE_LIMIT_SIGN_IN_WINDOW_MS), in
 * fixed windows counted where the other limits count (RateLimitWindows: this process's memory, or
 * the database every instance shares, so a guessing run spread over the instances is counted whole).
 * Only failures count, so a person signing in from several browsers is never locked out by
 * succeeding; the throttler counts requests, not outcomes, and keeps the per-address limit.
 */
@Injectable()
export class SignInFailures {
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(
    private readonly windows: RateLimitWindows,
    config: ConfigService,
  ) {
    this.limit = config.getOrThrow<number>('RATE_LIMIT_SIGN_IN_PER_ACCOUNT');
    this.windowMs = config.getOrThrow<number>('RATE_LIMIT_SIGN_IN_WINDOW_MS');
  }

  /** Seconds until the account may try again, or undefined when it may try now. */
  async retryAfter(username: string): Promise<number | undefined> {
    const open = await this.windows.peek(username, SIGN_IN_ACCOUNT);
    return open && open.totalHits >= this.limit ? Math.max(1, open.timeToExpire) : undefined;
  }

  async record(username: string): Promise<void> {
    // No block: the limit is judged by retryAfter, before the password is checked.
    await this.windows.increment(username, this.windowMs, this.limit, 0, SIGN_IN_ACCOUNT);
  }
}
