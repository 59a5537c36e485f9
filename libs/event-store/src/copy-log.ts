import type { EventToAppend, Position, StoredEvent, VerifiableEventStore } from './event-store.port.js';
import type { ChainVerification } from './hash-chain.js';

export interface CopyLogOptions {
  /** Events read from the source per page. */
  readonly pageSize?: number;
  /**
   * Appends in flight at once. More than 1 only for a target that commits concurrent appends in
   * the order they were made (the SQLite and PostgreSQL stores' group commit does): the copy must
   * keep the source's global order, or its hashes would differ.
   */
  readonly inFlight?: number;
  readonly onProgress?: (progress: CopyProgress) => void;
  /** Stops the copy between appends; what was acknowledged stays, and a second run resumes. */
  readonly signal?: AbortSignal;
}

export interface CopyProgress {
  /** Events the target already held, in the source's order (an earlier, interrupted run). */
  readonly alreadyThere: number;
  /** Events appended by this run and acknowledged. */
  readonly copied: number;
}

export interface CopyLogResult extends CopyProgress {
  /** Whether the copy was stopped by its signal before the end; the chains are then not compared. */
  readonly interrupted: boolean;
  readonly source?: ChainVerification;
  readonly target?: ChainVerification;
  /** Both chains hold, over the same number of events, and end in the same hash. */
  readonly identical: boolean;
}

/** The target holds events that are not the source's, in the source's order: nothing was appended. */
export class CopyTargetMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyTargetMismatchError';
  }
}

/**
 * Copies a whole log into another store, event by event in the source's global order, keeping
 * every event's id, stream, revision, type, version, data and metadata, so the target's hash chain
 * is the source's: the same events in the same order end in the same hash (the chain covers the
 * log position, which counts from 1 in every store's chain). Each append states the revision the
 * source says the stream was at, so nothing else can slip in between.
 *
 * Resumable: a run first checks that what the target holds is the start of the source, then goes
 * on after it. An append whose answer was lost is stored already and is answered as a retry
 * (stored-event-ids.ts), so stopping anywhere is safe. At the end both chains are verified and
 * their heads compared.
 */
export async function copyLog(source: VerifiableEventStore, target: VerifiableEventStore, options: CopyLogOptions = {}): Promise<CopyLogResult> {
  const pageSize = options.pageSize ?? 1000;
  const inFlight = Math.max(1, options.inFlight ?? 1);
  const report = options.onProgress ?? (() => undefined);

  const { alreadyThere, resumeAfter } = await matchTargetPrefix(source, target, pageSize);
  let copied = 0;
  report({ alreadyThere, copied });

  const pending: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const settle = async (): Promise<void> => {
    const oldest = pending.shift();
    if (oldest) await oldest;
  };
  let after = resumeAfter;
  let interrupted = false;
  copying: for (;;) {
    const page = await source.readAll({ after, maxCount: pageSize });
    if (page.length === 0) break;
    for (const run of streamRuns(page)) {
      if (options.signal?.aborted) {
        interrupted = true;
        break copying;
      }
      const first = run[0]!;
      const appended = target
        .appendToStream(first.streamId, run.map(toAppend), { expectedRevision: first.revision === 0 ? 'no_stream' : first.revision - 1 })
        .then(() => {
          copied += run.length;
          report({ alreadyThere, copied });
        });
      // Kept from rejecting unobserved while older appends are awaited; rethrown in order below.
      appended.catch((error: unknown) => {
        failure ??= { error };
      });
      pending.push(appended);
      if (pending.length >= inFlight) await settle();
      if (failure) break copying;
    }
    after = page[page.length - 1]!.position;
  }
  await Promise.allSettled(pending);
  if (failure) throw failure.error;
  if (interrupted) return { alreadyThere, copied, interrupted, identical: false };

  const [sourceChain, targetChain] = await Promise.all([source.verify(), target.verify()]);
  const identical = sourceChain.ok && targetChain.ok && sourceChain.checked === targetChain.checked && sourceChain.last.hash === targetChain.last.hash;
  return { alreadyThere, copied, interrupted, source: sourceChain, target: targetChain, identical };
}

/**
 * Reads the target and the source side by side: the target must hold the source's first events,
 * in order, and nothing else. Answers how many, and the source position to go on after.
 */
async function matchTargetPrefix(
  source: VerifiableEventStore,
  target: VerifiableEventStore,
  pageSize: number,
): Promise<{ alreadyThere: number; resumeAfter: Position | undefined }> {
  let alreadyThere = 0;
  let targetAfter: Position | undefined;
  let sourceAfter: Position | undefined;
  let sourcePage: StoredEvent[] = [];
  for (;;) {
    const targetPage = await target.readAll({ after: targetAfter, maxCount: pageSize });
    if (targetPage.length === 0) return { alreadyThere, resumeAfter: sourceAfter };
    for (const held of targetPage) {
      if (sourcePage.length === 0) sourcePage = await source.readAll({ after: sourceAfter, maxCount: pageSize });
      const expected = sourcePage.shift();
      if (!expected || expected.eventId !== held.eventId || expected.streamId !== held.streamId || expected.revision !== held.revision) {
        throw new CopyTargetMismatchError(
          `The target's event number ${alreadyThere + 1} (${held.streamId}@${held.revision}, ${held.eventId}) is not the source's ` +
            (expected ? `(${expected.streamId}@${expected.revision}, ${expected.eventId})` : '(the source has no more events)') +
            ': copy into an empty store, or into one an earlier copy of this source began.',
        );
      }
      alreadyThere += 1;
      sourceAfter = expected.position;
    }
    targetAfter = targetPage[targetPage.length - 1]!.position;
  }
}

/** Consecutive events of one stream, appended together (atomically, in one call). */
function streamRuns(page: readonly StoredEvent[]): StoredEvent[][] {
  const runs: StoredEvent[][] = [];
  for (const event of page) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.streamId === event.streamId) last.push(event);
    else runs.push([event]);
  }
  return runs;
}

const toAppend = ({ eventId, type, schemaVersion, data, metadata }: StoredEvent): EventToAppend => ({ eventId, type, schemaVersion, data, metadata });
