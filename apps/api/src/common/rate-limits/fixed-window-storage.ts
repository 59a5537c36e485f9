import { RateLimitWindows, seconds } from './rate-limit-windows.js';

interface Window {
  hits: number;
  endsAt: number;
  blockedUntil: number;
}

/**
 * The limits' counts in this process's memory (RateLimitWindows), for an installation served by one
 * instance. The library's in-memory store keeps every hit of the window in an array that it filters
 * on every request, so a busy account's command (or, with the limit raised, every command of a
 * benchmark) costs time in proportion to the requests of the last minute; one counter does not.
 */
export class FixedWindowThrottlerStorage extends RateLimitWindows {
  private readonly windows = new Map<string, Window>();

  /**
   * @param maxWindows Bounded memory: past it the oldest window is forgotten (a flood of addresses or
   *   usernames then forgives the oldest count rather than growing the process).
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxWindows = 100_000,
  ) {
    super();
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
      // Deleted first, so the map's order (insertion) stays the order in which windows started.
      this.windows.delete(id);
      if (this.windows.size >= this.maxWindows) this.windows.delete(this.windows.keys().next().value as string);
      this.windows.set(id, window);
    }
    window.hits++;
    const isBlocked = window.hits > limit;
    if (isBlocked) window.blockedUntil = now + blockDuration;
    return { totalHits: window.hits, timeToExpire: seconds(window.endsAt - now), isBlocked, timeToBlockExpire: isBlocked ? seconds(blockDuration) : 0 };
  }

  async peek(key: string, throttlerName: string) {
    const now = this.now();
    const window = this.windows.get(`${throttlerName}\u0000${key}`);
    return window && window.endsAt > now ? { totalHits: window.hits, timeToExpire: seconds(window.endsAt - now) } : undefined;
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
