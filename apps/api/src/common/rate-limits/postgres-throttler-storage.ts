import type pg from 'pg';
import { migratePostgres } from '../../identity/accounts/postgres-schema.js';
import { RateLimitWindows, seconds } from './rate-limit-windows.js';

/**
 * UNLOGGED: the counts are no record of anything and are written on every sign-in and command, so
 * they skip the write-ahead log; a crash of the database server empties them, which only forgives
 * the windows then open.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE UNLOGGED TABLE account_rate_limits (
     throttler text NOT NULL,
     key text NOT NULL,
     hits integer NOT NULL,
     ends_at bigint NOT NULL,
     blocked_until bigint NOT NULL,
     PRIMARY KEY (throttler, key)
   )`,
];

/**
 * One statement counts a hit, whichever instance asks: a new row, a blocked window left as it is,
 * an ended window started afresh, or one more hit (and a block past the limit). The right-hand
 * sides all read the row as it was. $3 is the asking instance's clock in milliseconds.
 */
const INCREMENT = `INSERT INTO account_rate_limits AS w (throttler, key, hits, ends_at, blocked_until)
  VALUES ($1, $2, 1, $3::bigint + $4::bigint, CASE WHEN 1 > $5::integer THEN $3::bigint + $6::bigint ELSE 0 END)
  ON CONFLICT (throttler, key) DO UPDATE SET
    hits = CASE WHEN w.blocked_until > $3 THEN w.hits WHEN w.ends_at <= $3 THEN 1 ELSE w.hits + 1 END,
    ends_at = CASE WHEN w.blocked_until > $3 OR w.ends_at > $3 THEN w.ends_at ELSE $3 + $4 END,
    blocked_until = CASE
      WHEN w.blocked_until > $3 THEN w.blocked_until
      WHEN (CASE WHEN w.ends_at <= $3 THEN 1 ELSE w.hits + 1 END) > $5 THEN $3 + $6
      ELSE 0 END
  RETURNING hits, (ends_at - $3)::float8 AS ends_in, (blocked_until - $3)::float8 AS blocked_for`;

const PEEK = 'SELECT hits, (ends_at - $3)::float8 AS ends_in FROM account_rate_limits WHERE throttler = $1 AND key = $2 AND ends_at > $3';
const FORGET_ENDED = 'DELETE FROM account_rate_limits WHERE ends_at <= $1 AND blocked_until <= $1';

/** How often an instance sweeps out the windows that have ended (only the keys of the last minutes stay). */
const SWEEP_EVERY_MS = 60_000;

/**
 * The limits counted in the accounts' PostgreSQL database (RateLimitWindows), shared by every
 * instance: behind a round-robin balancer each instance sees every hit, so the limits hold as for
 * one instance. Each instance reads its own clock; clocks kept by NTP differ by milliseconds, which
 * moves a window's end by as much.
 */
export class PostgresThrottlerStorage extends RateLimitWindows {
  private lastSweep: number;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number,
  ) {
    super();
    this.lastSweep = now();
  }

  /** Creates the table when it is missing; the pool stays its owner's (the account store's). */
  static async open(pool: pg.Pool, now: () => number = Date.now): Promise<PostgresThrottlerStorage> {
    await migratePostgres(pool, 'rate-limits', MIGRATIONS);
    return new PostgresThrottlerStorage(pool, now);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const now = this.now();
    this.sweepNowAndThen(now);
    const { rows } = await this.pool.query<{ hits: number; ends_in: number; blocked_for: number }>({
      name: 'rate-limits.increment',
      text: INCREMENT,
      values: [throttlerName, key, now, ttl, limit, blockDuration],
    });
    const { hits, ends_in, blocked_for } = rows[0]!;
    // Blocked before this hit, or by it (with a block of no length, as the memory's windows answer).
    const isBlocked = blocked_for > 0 || hits > limit;
    return { totalHits: hits, timeToExpire: seconds(ends_in), isBlocked, timeToBlockExpire: isBlocked ? seconds(blocked_for) : 0 };
  }

  async peek(key: string, throttlerName: string) {
    const { rows } = await this.pool.query<{ hits: number; ends_in: number }>({
      name: 'rate-limits.peek',
      text: PEEK,
      values: [throttlerName, key, this.now()],
    });
    const row = rows[0];
    return row ? { totalHits: row.hits, timeToExpire: seconds(row.ends_in) } : undefined;
  }

  /** Deletes the windows that have ended and block no one; answers how many. */
  async forgetEnded(): Promise<number> {
    const { rowCount } = await this.pool.query({ name: 'rate-limits.forget-ended', text: FORGET_ENDED, values: [this.now()] });
    return rowCount ?? 0;
  }

  /** Once a minute, beside a request rather than on a timer, so nothing is left running at shutdown. */
  private sweepNowAndThen(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    // A failed sweep is retried a minute later; the request it rode along with does not depend on it.
    this.forgetEnded().catch(() => undefined);
  }
}
