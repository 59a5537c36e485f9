import type pg from 'pg';
import type { ChainVerification } from '../../hash-chain.js';
import { type EventRow, toChainRow } from '../event-rows.js';
import { type VerifyOptions, verifyInBatches } from '../verify-in-batches.js';
import type { Statements } from './postgres-statements.js';

export type { VerifyOptions } from '../verify-in-batches.js';

/** The chain of the PostgreSQL store: the log's head row remembers the highest position written. */
export async function verifyPostgresChain(pool: pg.Pool, sql: Statements, options?: VerifyOptions): Promise<ChainVerification> {
  const head = await pool.query<{ position: string }>(sql.highestPositionEverUsed([]));
  const highestWritten = Number(head.rows[0]?.position ?? 0);
  return verifyInBatches(
    highestWritten,
    async (after, batchSize) => (await pool.query<EventRow>(sql.readAll([after, batchSize]))).rows.map(toChainRow),
    options,
  );
}
