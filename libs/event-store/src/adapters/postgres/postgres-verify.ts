import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type pg from 'pg';
import { GENESIS_LINK, nextPosition, verifyChain, type ChainVerification } from '../../hash-chain.js';
import { type EventRow, type Statements, toChainRow } from './postgres-statements.js';

export interface VerifyOptions {
  /** Rows read per query; memory use is bounded by one batch. */
  readonly batchSize?: number;
}

/**
 * Walks the whole chain in position order, one batch at a time, as the SQLite store does. The
 * log's head row remembers the highest position ever written, so a deleted tail shows as a gap;
 * it is read before the walk, so that appends made during the walk do not look like missing rows.
 */
export async function verifyPostgresChain(pool: pg.Pool, sql: Statements, { batchSize = 1000 }: VerifyOptions = {}): Promise<ChainVerification> {
  const head = await pool.query<{ position: string }>(sql.highestPositionEverUsed([]));
  const highestWritten = Number(head.rows[0]?.position ?? 0);
  let last = GENESIS_LINK;
  let checked = 0;
  for (;;) {
    const { rows } = await pool.query<EventRow>(sql.readAll([last.position, batchSize]));
    const result = verifyChain(rows.map(toChainRow), last);
    if (!result.ok) return { ...result, checked: checked + result.checked };
    checked += result.checked;
    last = result.last;
    if (rows.length < batchSize) break;
    await yieldToEventLoop();
  }
  if (highestWritten > Number(last.position)) {
    return { ok: false, checked, firstBrokenPosition: nextPosition(last), reason: 'position-gap' };
  }
  return { ok: true, checked, last };
}
