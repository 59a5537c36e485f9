import { Clock, IdGenerator } from '../../apps/api/src/infrastructure/clock.js';

/** The instant every spec runs at unless it sets another: a Friday inside every demo agreement's period. */
export const FIXED_NOW = '2025-03-14T09:00:00.000Z';

/**
 * A clock that stands still until the spec moves it: events get a known `occurredAt`, and a spec
 * that needs two moments apart moves the clock instead of sleeping.
 */
export class FixedClock extends Clock {
  private at: Date;

  constructor(start: string = FIXED_NOW) {
    super();
    this.at = new Date(start);
  }

  override now(): Date {
    return new Date(this.at);
  }

  /** Moves the clock (the "today" a due-date rule reads). */
  set(iso: string): void {
    this.at = new Date(iso);
  }

  /** Moves the clock on by `ms` and answers the new instant. */
  advance(ms: number): Date {
    this.at = new Date(this.at.getTime() + ms);
    return this.now();
  }
}

/**
 * Ids in a known order, shaped like UUIDs (the routes accept them as path ids). They never repeat
 * within one app, because the store keeps event ids unique; a spec names the n-th id its request
 * made with `generatedId(n)` instead of guessing the counter.
 */
export class SequentialIds extends IdGenerator {
  private count = 0;

  override newId(): string {
    this.count += 1;
    return `00000000-0000-4000-8000-${this.count.toString().padStart(12, '0')}`;
  }

  /** How many ids were handed out so far: the ids a request made are the ones after this mark. */
  get issued(): number {
    return this.count;
  }

  /** The id handed out as number `n` (1-based) since the app started. */
  static nth(n: number): string {
    return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
  }
}
