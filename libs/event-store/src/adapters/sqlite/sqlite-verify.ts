import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { GENESIS_LINK, nextPosition, verifyChain, type ChainVerification } from '../../hash-chain.js';
import { toChainRow, type Statements } from './sqlite-statements.js';

export interface VerifyOptions {
  /** Rows read per query; memory use is bounded by one batch. */
  readonly batchSize?: number;
}

/**
 * Walks the whole chain in position order, one batch at a time, yielding to the event loop
 * between batches so a running API keeps serving while an operator verifies.
 */
export async function verifySqliteChain(statements: Statements, { batchSize = 1000 }: VerifyOptions = {}): Promise<ChainVerification> {
  // Deleting the newest events leaves an intact but shorter chain; AUTOINCREMENT's sqlite_sequence
  // still remembers the highest position written, so a missing tail shows as a gap. Read before the
  // walk: appends made during the walk must not look like missing rows.
  const highestWritten = statements.highestPositionEverUsed.get()?.seq ?? 0;
  let last = GENESIS_LINK;
  let checked = 0;
  for (;;) {
    const rows = statements.readAll.all(Number(last.position), batchSize).map(toChainRow);
    const result = verifyChain(rows, last);
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
