import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StoredEvent, StreamGroupPage } from '../../event-store.port.js';
import { toStoredEvent } from '../event-rows.js';
import type { GroupReadRow } from './sqlite-statements.js';

/** What the worker is started with. */
export interface GroupReaderData {
  readonly filename: string;
  readonly sql: string;
  readonly groups: readonly (readonly string[])[];
  readonly upTo: number;
  readonly maxCount: number;
  /** How many pages the worker reads ahead of the pages taken. */
  readonly ahead: number;
  /** One Int32: the pages posted and not yet taken. */
  readonly pagesInFlight: SharedArrayBuffer;
}

export type GroupReaderMessage =
  | { readonly kind: 'page'; readonly group: number; readonly rows: readonly unknown[][]; readonly last: boolean }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string };

/** Four pages of 2 500 events read ahead: about 6 MB of rows, young enough to die before the collector copies them. */
const AHEAD = 4;

const WORKER = new URL(`./sqlite-group-reader.worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** A raw row (its columns in `GROUP_READ_COLUMNS` order) as the store's event. */
export function groupRowToEvent(row: readonly unknown[]): StoredEvent {
  const [position, stream_id, revision, event_id, type, schema_version, data, metadata] = row as [
    number,
    string,
    number,
    string,
    string,
    number,
    string,
    string,
  ];
  return toStoredEvent({ position, stream_id, revision, event_id, type, schema_version, data, metadata } satisfies GroupReadRow);
}

/**
 * Reads the groups' pages in a worker thread on its own connection, a few pages ahead, while the
 * caller applies the pages it has: finding one agreement's events at their scattered places in
 * the log is SQLite's work, and it then runs beside the projections on the second core. The pages
 * come over as raw rows (strings and numbers, cheap to copy between threads); their JSON is parsed
 * by the caller, so the parsed events are made where they die, young.
 */
export async function* readGroupsInWorker(options: Omit<GroupReaderData, 'ahead' | 'pagesInFlight'>): AsyncGenerator<StreamGroupPage, void, undefined> {
  const pagesInFlight = new SharedArrayBuffer(4);
  const inFlight = new Int32Array(pagesInFlight);
  const worker = new Worker(WORKER, { workerData: { ...options, ahead: AHEAD, pagesInFlight } satisfies GroupReaderData });
  const queue: GroupReaderMessage[] = [];
  let wake: (() => void) | undefined;
  let crashed: Error | undefined;
  const arrived = (): void => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: GroupReaderMessage) => {
    queue.push(message);
    arrived();
  });
  worker.on('error', (error: Error) => {
    crashed = error;
    arrived();
  });
  worker.on('exit', (code) => {
    crashed ??= new Error(`The stream group reader stopped (exit code ${code})`);
    arrived();
  });
  try {
    for (;;) {
      const message = queue.shift();
      if (message === undefined) {
        if (crashed) throw crashed;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if (message.kind === 'done') return;
      if (message.kind === 'failed') throw new Error(`Reading stream groups failed: ${message.message}`);
      Atomics.sub(inFlight, 0, 1);
      Atomics.notify(inFlight, 0);
      yield { group: message.group, events: message.rows.map(groupRowToEvent), last: message.last };
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
