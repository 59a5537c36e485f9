/**
 * A worker thread that reads stream groups for `SqliteEventStore.readStreamGroups` (see
 * `sqlite-group-reader.ts`) on its own read-only connection, a few pages ahead of the thread that
 * applies them. Loaded as is by Node (type stripping under the tests, compiled in `dist`), so it
 * imports nothing of ours at run time: the query comes with its data.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { GroupReaderData, GroupReaderMessage } from './sqlite-group-reader.js';

const { filename, sql, groups, upTo, maxCount, ahead, pagesInFlight } = workerData as GroupReaderData;
const inFlight = new Int32Array(pagesInFlight);
const post = (message: GroupReaderMessage): void => parentPort!.postMessage(message);

/** Waits until the applying thread has taken enough pages for one more to be read ahead. */
const waitForRoom = (): void => {
  for (;;) {
    const held = Atomics.load(inFlight, 0);
    if (held < ahead) return;
    Atomics.wait(inFlight, 0, held);
  }
};

try {
  const db = new Database(filename, { readonly: true, fileMustExist: true });
  try {
    const read = db.prepare<[string, number, number, number], unknown[]>(sql).raw(true);
    for (const [group, streamIds] of groups.entries()) {
      const ids = JSON.stringify(streamIds);
      let after = 0;
      for (;;) {
        waitForRoom();
        const rows = read.all(ids, after, upTo, maxCount);
        const last = rows.length < maxCount;
        Atomics.add(inFlight, 0, 1);
        post({ kind: 'page', group, rows, last });
        if (last) break;
        after = rows[rows.length - 1]![0] as number;
      }
    }
    post({ kind: 'done' });
  } finally {
    db.close();
  }
} catch (error) {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
