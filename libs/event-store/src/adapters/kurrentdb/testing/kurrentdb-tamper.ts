import type { Position } from '../../../event-store.port.js';
import type { TamperHooks } from '../../../testing/index.js';
import type { KurrentDbEventStore } from '../kurrentdb-event-store.js';
import type { InMemoryLog, LogRecord } from './in-memory-log.js';

/**
 * Edits the test server's log behind the store's back: what someone with the server's chunk files
 * could do. Each hook first waits until the store has sealed what it appended: an edit inside the
 * window between an append and its seal would be sealed as if it were the original (the window
 * docs-proposals/kurrent.md states), which is not what these hooks test.
 */
export function kurrentTamperHooks(log: InMemoryLog, store: KurrentDbEventStore): TamperHooks {
  const indexOf = (position: Position): number => {
    const index = log.records.findIndex((record) => String(record.position) === position);
    if (index === -1) throw new Error(`No event at position ${position}`);
    return index;
  };
  const edit = async (change: () => void): Promise<void> => {
    await store.seal();
    change();
  };
  return {
    verify: () => store.verify(),
    editData: (position, data) =>
      edit(() => {
        const index = indexOf(position);
        log.records[index] = { ...log.records[index]!, data: Buffer.from(JSON.stringify(data), 'utf8') };
      }),
    deleteEvent: (position) => edit(() => void log.records.splice(indexOf(position), 1)),
    swapEvents: (a, b) =>
      edit(() => {
        const [i, j] = [indexOf(a), indexOf(b)];
        const [first, second] = [log.records[i]!, log.records[j]!];
        // The events change places; the log positions stay where they are.
        log.records[i] = { ...second, position: first.position } satisfies LogRecord;
        log.records[j] = { ...first, position: second.position } satisfies LogRecord;
      }),
  };
}
