import type { ThrottlerStorage } from '@nestjs/throttler';

/** What the throttler is answered for each hit (its record type is not exported by name). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** A key's open window: the hits counted in it and the seconds until it ends. */
export interface OpenWindow {
  readonly totalHits: number;
  readonly timeToExpire: number;
}

/**
 * Where the limits count, one counter per key and throttler in fixed windows: constant work per
 * request. A fixed window lets a burst of up to twice the limit straddle a window's end; for limits
 * against abuse that is enough. In memory for one instance (FixedWindowThrottlerStorage); in the
 * accounts' PostgreSQL database when several instances share them (PostgresThrottlerStorage), so a
 * round-robin balancer does not multiply every limit by the number of instances.
 */
export abstract class RateLimitWindows implements ThrottlerStorage {
  abstract increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord>;
  /** The key's open window, without counting a hit; undefined when none is open. */
  abstract peek(key: string, throttlerName: string): Promise<OpenWindow | undefined>;
}

export const seconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));
