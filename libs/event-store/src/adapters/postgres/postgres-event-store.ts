import pg from 'pg';
import type {
  AppendResult,
  VerifiableEventStore,
  EventToAppend,
  ExpectedRevision,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  StreamGroupPage,
  StreamGroupReads,
  Subscription,
  SubscriptionHandler,
} from '../../event-store.port.js';
import { assertValidExpectedRevision } from '../../expected-revision.js';
import { assertValidGroupPageSize, assertValidMaxCount, parseDecimalPosition } from '../../positions.js';
import type { ChainVerification } from '../../hash-chain.js';
import { assertDistinctEventIds } from '../../stored-event-ids.js';
import { PollingSubscription } from '../polling-subscription.js';
import { serialise } from '../serialised-event.js';
import { CommitListener } from './postgres-commit-listener.js';
import { isConnectionLost } from './postgres-errors.js';
import { PostgresGroupCommit } from './postgres-group-commit.js';
import { ensureSchema, tablesIn } from './postgres-schema.js';
import { type Statements, statements } from './postgres-statements.js';
import { type EventRow, toStoredEvent } from '../event-rows.js';
import { verifyPostgresChain, type VerifyOptions } from './postgres-verify.js';

/** How soon a lost LISTEN connection is opened again; the followers poll meanwhile. */
const LISTEN_RETRY_MS = 1000;

export interface PostgresEventStoreOptions {
  /** libpq's URL form, as `pg` takes it. A `schema` query parameter names the schema (see below). */
  readonly url: string;
  /** The schema holding the tables, created if missing. Default: the URL's `schema`, else `public`. */
  readonly schema?: string;
  /** Connections for appends and reads (the LISTEN connection is one more). Default 4. */
  readonly poolSize?: number;
  /**
   * How often subscriptions look for new events when no notification came. Notifications wake
   * them at once; polling only covers a lost LISTEN connection. Default 500 ms.
   */
  readonly pollIntervalMs?: number;
}

/**
 * The event log in a PostgreSQL database, shared by any number of API instances. Positions are
 * ours (1, 2, 3 …), given under the log head's row lock, which is held until commit: commits
 * become visible in position order, so a follower reading "after my checkpoint" never skips a
 * late commit (a sequence would: its values commit out of order). The hash chain runs over the
 * same order, whichever instance appended.
 */
export class PostgresEventStore implements VerifiableEventStore, StreamGroupReads {
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly groupCommit: PostgresGroupCommit;
  private readonly listener: CommitListener;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly sql: Statements,
    connection: pg.ClientConfig,
    schema: string,
    private readonly pollIntervalMs: number,
  ) {
    this.groupCommit = new PostgresGroupCommit(pool, sql, () => this.wakeSubscriptions());
    this.listener = new CommitListener(connection, schema, () => this.wakeSubscriptions(), LISTEN_RETRY_MS);
  }

  /** Connects, and creates the schema when it is missing. */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const url = new URL(options.url);
    const schema = options.schema ?? url.searchParams.get('schema') ?? 'public';
    url.searchParams.delete('schema');
    const connection: pg.ClientConfig = { connectionString: url.toString() };
    const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 4, pipeline: true });
    // An idle connection that breaks (a restarted server) must not crash the process: the pool drops it.
    pool.on('error', () => undefined);
    const tables = tablesIn(schema);
    try {
      const client = await pool.connect();
      try {
        await ensureSchema(client, tables);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresEventStore(pool, statements(tables), connection, schema, options.pollIntervalMs ?? 500);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (this.closed) throw new Error('The PostgreSQL event store is closed');
    assertValidExpectedRevision(expectedRevision);
    assertDistinctEventIds(streamId, events);
    assertStorableText(streamId, 'stream id');
    events.forEach((event) => {
      assertStorableText(event.eventId, 'event id');
      assertStorableText(event.type, 'event type');
    });
    return this.groupCommit.append({ streamId, events: events.map(serialise), expected: expectedRevision });
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    const limit = maxCountOf(options?.maxCount);
    const query =
      options?.direction === 'backwards'
        ? this.sql.readStreamBackwards([streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit])
        : this.sql.readStream([streamId, options?.fromRevision ?? 0, limit]);
    return (await this.pool.query<EventRow>(query)).rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readAllNow(options.after, maxCountOf(options.maxCount));
  }

  async headPosition(): Promise<Position | undefined> {
    const { position } = (await this.pool.query<{ position: string | null }>(this.sql.lastPosition([]))).rows[0]!;
    return position === null ? undefined : (position as Position);
  }

  async readTypes(types: readonly string[], options: { readonly upTo: Position }): Promise<StoredEvent[]> {
    return (await this.pool.query<EventRow>(this.sql.readTypes([types, parsePosition(options.upTo)]))).rows.map(toStoredEvent);
  }

  async streamIds(options: { readonly upTo: Position }): Promise<string[]> {
    return (await this.pool.query<{ stream_id: string }>(this.sql.streamIds([parsePosition(options.upTo)]))).rows.map((row) => row.stream_id);
  }

  /**
   * One query per page; the next page's is sent before this one is handed over, so the server
   * finds the next events while the caller applies these.
   */
  async *readStreamGroups(
    groups: readonly (readonly string[])[],
    options: { readonly upTo: Position; readonly maxCount: number },
  ): AsyncGenerator<StreamGroupPage, void, undefined> {
    const { maxCount } = options;
    assertValidGroupPageSize(maxCount);
    const upTo = parsePosition(options.upTo);
    const read = (group: number, after: number) => this.pool.query<EventRow>(this.sql.readStreamGroup([groups[group], after, upTo, maxCount]));
    let next = groups.length > 0 ? { group: 0, rows: read(0, 0) } : undefined;
    try {
      while (next) {
        const { group, rows } = next;
        const events = (await rows).rows.map(toStoredEvent);
        const last = events.length < maxCount;
        next = !last
          ? { group, rows: read(group, parsePosition(events.at(-1)!.position)) }
          : group + 1 < groups.length
            ? { group: group + 1, rows: read(group + 1, 0) }
            : undefined;
        yield { group, events, last };
      }
    } finally {
      await next?.rows.catch(() => undefined); // a read sent ahead and not taken must not fail unheard
    }
  }

  subscribeToAll(options: { readonly after?: Position }, handler: SubscriptionHandler): Subscription {
    if (options.after !== undefined) parsePosition(options.after);
    if (this.closed) throw new Error('The PostgreSQL event store is closed');
    this.listener.start();
    const subscription = new PollingSubscription(
      (after, maxCount) => this.followerRead(after, maxCount),
      handler,
      this.pollIntervalMs,
      (stopped) => this.subscriptions.delete(stopped),
    );
    this.subscriptions.add(subscription);
    return subscription.start(options.after);
  }

  comparePositions(a: Position, b: Position): number {
    return Math.sign(parsePosition(a) - parsePosition(b));
  }

  /** Recomputes the hash chain from the first event; names the first position that breaks it. */
  async verify(options?: VerifyOptions): Promise<ChainVerification> {
    return verifyPostgresChain(this.pool, this.sql, options);
  }

  /** Stops the subscriptions, answers the appends already queued, then closes the connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    [...this.subscriptions].forEach((subscription) => subscription.stop());
    await this.listener.stop();
    await this.groupCommit.idle();
    await this.pool.end();
  }

  private async readAllNow(after: Position | undefined, maxCount: number | null): Promise<StoredEvent[]> {
    const from = after === undefined ? 0 : parsePosition(after);
    return (await this.pool.query<EventRow>(this.sql.readAll([from, maxCount]))).rows.map(toStoredEvent);
  }

  /**
   * A follower outlives the server's restarts and its cut connections: a read that fails for want
   * of a connection reads nothing, and the next poll tries again. Other failures stop it, as they
   * stop a SQLite follower.
   */
  private async followerRead(after: Position | undefined, maxCount: number): Promise<StoredEvent[]> {
    try {
      return await this.readAllNow(after, maxCount);
    } catch (error) {
      if (this.closed || isConnectionLost(error)) return [];
      throw error;
    }
  }

  private wakeSubscriptions(): void {
    this.subscriptions.forEach((subscription) => subscription.wake());
  }
}

/** null: no limit (LIMIT NULL). */
function maxCountOf(maxCount: number | undefined): number | null {
  assertValidMaxCount(maxCount);
  return maxCount ?? null;
}

const parsePosition = (position: string): number => parseDecimalPosition(position, 'a PostgreSQL event store');

/**
 * PostgreSQL text holds no NUL, and `pg` would send a lone surrogate as U+FFFD: the stored id
 * would differ from the hashed one. Refused here, so that no statement of a batch can fail for
 * one append's sake.
 */
function assertStorableText(text: string, what: string): void {
  // In a /u pattern a surrogate pair is one code point, so \p{Cs} matches only a lone surrogate.
  if (/[\0\p{Cs}]/u.test(text)) throw new TypeError(`The ${what} ${JSON.stringify(text)} cannot be stored: NUL or a lone surrogate`);
}
