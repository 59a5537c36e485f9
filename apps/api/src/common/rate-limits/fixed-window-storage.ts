import type { ThrottlerStorage } from '@nestjs/throttler';

interface Window {
  hits: number;
  endsAt: number;
  blockedUntil: number;
}

const seconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

/**
 * The throttler's counts, one counter per key and throttler in fixed windows: constant work per
 * request. The library's in-memory store keeps every hit of the window in an array that it filters
 * on every request, so a busy account's command (or, with the limit raised, every command of a
 * benchmark) costs time in proportion to the requests of the last minute. A fixed window lets a
 * burst of up to twice the limit straddle a window's end; for limits against abuse that is enough.
 * In memory, per process (README, "Production checklist").
 */
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {
    // Forget windows that have ended, so the map holds only the last minutes' keys.
    setInterval(() => this.forgetEnded(), 60_000).unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const now = this.now();
    const id = `${throttlerName}\u0000${key}`;
    let window = this.windows.get(id);
    if (window && window.blockedUntil > now) {
      return {
        totalHits: window.hits,
        timeToExpire: seconds(window.endsAt - now),
        isBlocked: true,
        timeToBlockExpire: seconds(window.blockedUntil - now),
      };
    }
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + ttl, blockedUntil: 0 };
      this.windows.set(id, window);
    }
    window.hits++;
    const isBlocked = window.hits > limit;
    if (isBlocked) window.blockedUntil = now + blockDuration;
    return { totalHits: window.hits, timeToExpire: seconds(window.endsAt - now), isBlocked, timeToBlockExpire: isBlocked ? seconds(blockDuration) : 0 };
  }

  /** How many windows are kept (the spec sees ended ones forgotten). */
  get size(): number {
    return this.windows.size;
  }

  forgetEnded(): void {
    const now = this.now();
    for (const [id, window] of this.windows) if (window.endsAt <= now && window.blockedUntil <= now) this.windows.delete(id);
  }
}
