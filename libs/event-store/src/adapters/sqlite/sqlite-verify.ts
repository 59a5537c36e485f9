import type { ChainVerification } from '../../hash-chain.js';
import { toChainRow } from '../event-rows.js';
import { type VerifyOptions, verifyInBatches } from '../verify-in-batches.js';
import type { Statements } from './sqlite-statements.js';

export type { VerifyOptions } from '../verify-in-batches.js';

/** The chain of the SQLite store: AUTOINCREMENT's sqlite_sequence remembers the highest position written. */
export function verifySqliteChain(statements: Statements, options?: VerifyOptions): Promise<ChainVerification> {
  const highestWritten = statements.highestPositionEverUsed.get()?.seq ?? 0;
  return verifyInBatches(highestWritten, (after, batchSize) => statements.readAll.all(Number(after), batchSize).map(toChainRow), options);
}
