import type Database from 'better-sqlite3';
import type { AppendResult, ExpectedRevision } from '../../event-store.port.js';
import type { SerialisedEvent } from '../serialised-event.js';
import { writeEvents } from './sqlite-append.js';
import type { Statements } from './sqlite-statements.js';

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly SerialisedEvent[];
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: AppendResult } | { readonly error: unknown };

/**
 * Group commit: the appends that arrive while the event loop is busy are written in one
 * BEGIN IMMEDIATE transaction, so they share one fsync instead of paying one each. Each append
 * still runs in its own savepoint with its own expected-revision check and hash-chain link: one
 * refused append rolls back alone, and every append is acknowledged only after the commit that
 * made it durable. A lone append is a batch of one, one event-loop turn later.
 */
export class GroupCommit {
  private pending: PendingAppend[] = [];
  private readonly writeBatch: Database.Transaction<(batch: readonly PendingAppend[]) => Outcome[]>;
  private readonly writeOne: Database.Transaction<(item: PendingAppend) => AppendResult>;

  constructor(db: Database.Database, statements: Statements) {
    // A transaction function called inside another runs as a SAVEPOINT (better-sqlite3).
    const writeOne = db.transaction((item: PendingAppend) => writeEvents(statements, item.streamId, item.events, item.expected));
    this.writeOne = writeOne;
    this.writeBatch = db.transaction((batch) =>
      batch.map((item): Outcome => {
        try {
          return { ok: writeOne(item) };
        } catch (error) {
          return { error };
        }
      }),
    );
  }

  append(streamId: string, events: readonly SerialisedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expected, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 1) return this.flushOne(batch[0]!);
    let outcomes: Outcome[];
    try {
      outcomes = this.writeBatch.immediate(batch);
    } catch (error) {
      // The batch as a whole could not commit (e.g. the lock timed out): nothing was written.
      batch.forEach((item) => item.reject(error));
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if ('ok' in outcome) item.resolve(outcome.ok);
      else item.reject(outcome.error);
    });
  }

  /** A batch of one needs no savepoint: its own transaction rolls back alone. */
  private flushOne(item: PendingAppend): void {
    let result: AppendResult;
    try {
      result = this.writeOne.immediate(item);
    } catch (error) {
      item.reject(error);
      return;
    }
    item.resolve(result);
  }
}
