import type Database from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../../errors.js';
import type {
  AppendResult,
  EventStore,
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
import { assertDistinctEventIds, judgeStoredEventIds, type StoredEventId } from '../../stored-event-ids.js';
import type { ChainVerification } from '../../hash-chain.js';
import { serialise } from '../serialised-event.js';
import { isEventIdConflict, isStreamRevisionConflict } from './sqlite-append.js';
import { GroupCommit } from './sqlite-group-commit.js';
import { PollingSubscription } from '../polling-subscription.js';
import { openSqliteDatabase, type SqliteDurability } from './sqlite-schema.js';
import { prepareStatements, READ_STREAMS_SQL, type Statements } from './sqlite-statements.js';
import { groupRowToEvent, readGroupsInWorker } from './sqlite-group-reader.js';
import { toStoredEvent } from '../event-rows.js';
import { verifySqliteChain, type VerifyOptions } from './sqlite-verify.js';

export interface SqliteEventStoreOptions {
  /** A file path (or ':memory:' for a store that lives and dies with the process). */
  readonly filename: string;
  /** Defaults to 'full': an acknowledged append survives a power cut. */
  readonly durability?: SqliteDurability;
  /** How long an append waits for another process's write lock. Defaults to 5000 ms. */
  readonly busyTimeoutMs?: number;
  /** How often subscriptions look for other processes' appends. Defaults to 200 ms. */
  readonly pollIntervalMs?: number;
}

/** The embedded default store: one SQLite file, shared safely by several processes. */
export class SqliteEventStore implements EventStore, StreamGroupReads {
  private readonly db: Database.Database;
  private readonly statements: Statements;
  private readonly groupCommit: GroupCommit;
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly pollIntervalMs: number;
  private readonly filename: string;

  constructor(options: SqliteEventStoreOptions) {
    this.filename = options.filename;
    this.db = openSqliteDatabase(options.filename, {
      durability: options.durability ?? 'full',
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    });
    this.statements = prepareStatements(this.db);
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.groupCommit = new GroupCommit(this.db, this.statements);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    assertValidExpectedRevision(expectedRevision);
    assertDistinctEventIds(streamId, events);
    const serialised = events.map(serialise);
    let result: AppendResult;
    try {
      // BEGIN IMMEDIATE takes the write lock before reading the stream's revision, so no other
      // process can write between our check and our insert; concurrent appends share one commit.
      result = await this.groupCommit.append(streamId, serialised, expectedRevision);
    } catch (error) {
      const refusal = isStreamRevisionConflict(error)
        ? new WrongExpectedRevisionError(streamId, expectedRevision, this.statements.streamRevision.get(streamId)?.revision ?? 'no_stream')
        : error;
      if (!(refusal instanceof WrongExpectedRevisionError) && !isEventIdConflict(error)) throw refusal;
      // Refused: perhaps because this very append was stored before (a retry). Stored ids never change, so asking after the rollback is safe.
      const ids = events.map((event) => event.eventId);
      const judged = judgeStoredEventIds(streamId, ids, expectedRevision, this.storedEventIds(ids));
      if (judged.kind === 'retry') return judged.result;
      throw judged.kind === 'duplicate' ? judged.error : refusal;
    }
    if (serialised.length > 0) this.subscriptions.forEach((subscription) => subscription.wake());
    return result;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    const maxCount = options?.maxCount;
    assertValidMaxCount(maxCount);
    // -1: no limit in SQLite.
    if (options?.direction === 'backwards')
      return this.statements.readStreamBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount ?? -1).map(toStoredEvent);
    return this.statements.readStream.all(streamId, options?.fromRevision ?? 0, maxCount ?? -1).map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const { after, maxCount } = options;
    assertValidMaxCount(maxCount);
    return this.readAllNow(after, maxCount ?? -1); // -1: no limit in SQLite
  }

  async headPosition(): Promise<Position | undefined> {
    const { position } = this.statements.headPosition.get()!;
    return position === null ? undefined : (String(position) as Position);
  }

  async readTypes(types: readonly string[], options: { readonly upTo: Position }): Promise<StoredEvent[]> {
    return this.statements.readTypes.all(JSON.stringify(types), parsePosition(options.upTo)).map(toStoredEvent);
  }

  async streamIds(options: { readonly upTo: Position }): Promise<string[]> {
    return this.statements.streamIds.all(parsePosition(options.upTo)).map((row) => row.stream_id);
  }

  /**
   * Read in a worker thread on its own connection, a few pages ahead (see `readGroupsInWorker`);
   * a store in memory, which no other connection can open, reads them on this one.
   */
  async *readStreamGroups(
    groups: readonly (readonly string[])[],
    options: { readonly upTo: Position; readonly maxCount: number },
  ): AsyncGenerator<StreamGroupPage, void, undefined> {
    const { maxCount } = options;
    assertValidGroupPageSize(maxCount);
    const upTo = parsePosition(options.upTo);
    if (this.filename !== ':memory:') {
      yield* readGroupsInWorker({ filename: this.filename, sql: READ_STREAMS_SQL, groups, upTo, maxCount });
      return;
    }
    for (const [group, streamIds] of groups.entries()) {
      const ids = JSON.stringify(streamIds);
      let after = 0;
      for (;;) {
        const rows = this.statements.readStreams.all(ids, after, upTo, maxCount);
        const last = rows.length < maxCount;
        yield { group, events: rows.map(groupRowToEvent), last };
        if (last) break;
        after = rows.at(-1)![0] as number;
      }
    }
  }

  subscribeToAll(options: { readonly after?: Position }, handler: SubscriptionHandler): Subscription {
    if (options.after !== undefined) parsePosition(options.after);
    const subscription = new PollingSubscription(
      (after, maxCount) => this.readAllNow(after, maxCount),
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
    return verifySqliteChain(this.statements, options);
  }

  /** The settings in force on this connection, for health checks and the operator CLI. */
  durabilitySettings(): { readonly journalMode: string; readonly synchronous: 'FULL' | 'NORMAL' | 'OTHER' } {
    const journalMode = String(this.db.pragma('journal_mode', { simple: true }));
    const level = Number(this.db.pragma('synchronous', { simple: true }));
    return { journalMode, synchronous: level === 2 ? 'FULL' : level === 1 ? 'NORMAL' : 'OTHER' };
  }

  async close(): Promise<void> {
    [...this.subscriptions].forEach((subscription) => subscription.stop());
    if (this.db.open) this.db.close();
  }

  private storedEventIds(ids: readonly string[]): StoredEventId[] {
    return this.statements.storedEventIds.all(JSON.stringify(ids)).map((row) => ({
      eventId: row.event_id,
      streamId: row.stream_id,
      revision: row.revision,
      position: String(row.position) as Position,
    }));
  }

  private readAllNow(after: Position | undefined, maxCount: number): StoredEvent[] {
    const from = after === undefined ? 0 : parsePosition(after);
    return this.statements.readAll.all(from, maxCount).map(toStoredEvent);
  }
}

const parsePosition = (position: string): number => parseDecimalPosition(position, 'a SQLite event store');
