import { setImmediate as nextTurn } from 'node:timers/promises';
import type pg from 'pg';
import type { AppendResult } from '../../event-store.port.js';
import { type BatchItem, type Outcome, planBatch } from './postgres-batch.js';
import { isConnectionLost } from './postgres-errors.js';
import { type BatchStateRow, type Statements, toStoredEventId } from './postgres-statements.js';

interface PendingAppend extends BatchItem {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** Enough for one statement's arrays; a bigger queue goes in several transactions. */
const MAX_EVENTS_PER_BATCH = 2000;

/**
 * Group commit, as the SQLite store does it: the appends that arrive while a transaction is in
 * flight go together into the next one, so they share its lock wait, its round trips and its WAL
 * flush. Each append is still judged on its own (postgres-batch.ts) and acknowledged only after
 * the commit that made it durable.
 *
 * A transaction is two round trips, pipelined on one connection: BEGIN + lock the log's head +
 * read the batch's stream revisions and stored event ids (one statement); then one INSERT of every
 * row (with the head's move and the NOTIFY) + COMMIT. Statements after the lock see everything committed before
 * it, because in READ COMMITTED each statement takes a fresh snapshot.
 */
export class PostgresGroupCommit {
  private pending: PendingAppend[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly sql: Statements,
    private readonly onCommitted: () => void,
  ) {}

  append(item: BatchItem): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ ...item, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Resolves once every append queued so far has been answered. */
  async idle(): Promise<void> {
    await this.draining;
  }

  private async drain(): Promise<void> {
    // A turn of the event loop before each batch: the callers answered by the last commit append
    // again in their continuations, and those appends belong in the next batch, not the one after.
    do {
      await nextTurn();
      await this.commit(this.takeBatch());
    } while (this.pending.length > 0);
    this.draining = undefined;
  }

  private takeBatch(): PendingAppend[] {
    let events = 0;
    let count = 0;
    while (count < this.pending.length && (count === 0 || events + this.pending[count]!.events.length <= MAX_EVENTS_PER_BATCH)) {
      events += this.pending[count]!.events.length;
      count += 1;
    }
    return this.pending.splice(0, count);
  }

  private async commit(batch: readonly PendingAppend[], reconnects = 1): Promise<void> {
    let outcomes: readonly Outcome[];
    try {
      outcomes = await this.write(batch);
    } catch (error) {
      // Nothing of the batch was written, or (a connection lost during COMMIT) all of it was. Trying
      // again is safe either way: an append whose ids are stored is judged a retry and answered as
      // the first write was. A lost connection (a pooled one the server dropped) is tried once more
      // on a fresh one; otherwise each append is tried alone, so that a statement that failed for
      // one append's sake fails that append alone.
      if (reconnects > 0 && isConnectionLost(error)) return this.commit(batch, reconnects - 1);
      if (batch.length > 1) {
        for (const item of batch) await this.commit([item], 0);
      } else batch[0]?.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if ('ok' in outcome) item.resolve(outcome.ok);
      else item.reject(outcome.error);
    });
  }

  private async write(batch: readonly PendingAppend[]): Promise<readonly Outcome[]> {
    const client = await this.pool.connect();
    try {
      const streamIds = [...new Set(batch.map((item) => item.streamId))];
      const eventIds = batch.flatMap((item) => item.events.map((event) => event.eventId));
      const [locked, state] = await allOrFirstError([
        client.query(this.sql.beginAndLockHead) as unknown as Promise<pg.QueryResult[]>,
        client.query<BatchStateRow>(this.sql.batchState([streamIds, eventIds])),
      ] as const);
      const head = (locked[1] as pg.QueryResult<{ position: string; hash: string }>).rows[0];
      if (!head) throw new Error('The event log has no head row: was the schema created by another program?');
      const streams = state.rows.filter((row) => row.event_id === null);
      const plan = planBatch(batch, {
        head,
        revisions: new Map(streams.map((row) => [row.stream_id, row.revision === null ? undefined : Number(row.revision)])),
        storedIds: state.rows.flatMap((row) => (row.event_id === null ? [] : [toStoredEventId({ ...row, event_id: row.event_id })])),
      });
      if (plan.rows.position.length > 0) {
        await allOrFirstError([client.query(this.sql.insertBatch(plan.rows, plan.head)), client.query('COMMIT')] as const);
        this.onCommitted();
      } else await client.query('COMMIT');
      client.release();
      return plan.outcomes;
    } catch (error) {
      // Destroyed rather than rolled back: the connection may be mid-pipeline or gone, and a new
      // one costs nothing next to a failed append.
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  }
}

/**
 * Awaits pipelined queries. A failed one fails every later one in the transaction, so the first
 * failure is the cause; all are awaited, so no rejection is left unhandled.
 */
async function allOrFirstError<T extends readonly unknown[]>(queries: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(queries);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
