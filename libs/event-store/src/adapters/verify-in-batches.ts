import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { type ChainRow, type ChainVerification, GENESIS_LINK, nextPosition, verifyChain } from '../hash-chain.js';

export interface VerifyOptions {
  /** Rows read per query; memory use is bounded by one batch. */
  readonly batchSize?: number;
}

/**
 * Walks a SQL store's whole chain in position order, one batch at a time, yielding to the event
 * loop between batches so a running API keeps serving while an operator verifies. Deleting the
 * newest events leaves an intact but shorter chain, so the store says the highest position it
 * ever wrote (read before the walk: appends made during it must not look like missing rows), and
 * a missing tail shows as a gap.
 */
export async function verifyInBatches(
  highestWritten: number,
  readAfter: (position: string, batchSize: number) => Promise<readonly ChainRow[]> | readonly ChainRow[],
  { batchSize = 1000 }: VerifyOptions = {},
): Promise<ChainVerification> {
  let last = GENESIS_LINK;
  let checked = 0;
  for (;;) {
    const rows = await readAfter(last.position, batchSize);
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
