import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';

/**
 * Wrong passwords per account in a sliding window (RATE_LIMIT_SIGN_IN_PER_ACCOUNT per
 * RATE_LIMIT_SIGN_IN_WINDOW_MS). Only failures count, so a person signing in from several
 * browsers is never locked out by succeeding; the throttler counts requests, not outcomes, and
 * keeps the per-address limit. Bounded memory: the least recently failed accounts are forgotten
 * first, and an entry lives no longer than the window.
 */
@Injectable()
export class SignInFailures {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly failures: LRUCache<string, number[]>;

  constructor(config: ConfigService) {
    this.limit = config.getOrThrow<number>('RATE_LIMIT_SIGN_IN_PER_ACCOUNT');
    this.windowMs = config.getOrThrow<number>('RATE_LIMIT_SIGN_IN_WINDOW_MS');
    this.failures = new LRUCache({ max: 100_000, ttl: this.windowMs });
  }

  /** Seconds until the account may try again, or undefined when it may try now. */
  retryAfter(username: string, now = Date.now()): number | undefined {
    const recent = this.recent(username, now);
    if (recent.length < this.limit) return undefined;
    return Math.max(1, Math.ceil((recent[recent.length - this.limit]! + this.windowMs - now) / 1000));
  }

  record(username: string, now = Date.now()): void {
    this.failures.set(username, [...this.recent(username, now), now].slice(-this.limit));
  }

  private recent(username: string, now: number): number[] {
    return (this.failures.get(username) ?? []).filter((at) => at > now - this.windowMs);
  }
}
