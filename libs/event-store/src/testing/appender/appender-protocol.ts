import type { EventToAppend, ExpectedRevision } from '../../event-store.port.js';
import type { RemoteAppendOutcome } from '../contract/fixture.js';

/** Messages between a test and an appender process (see appender-process.ts), over Node's IPC. */
export type AppenderRequest =
  | {
      readonly id: number;
      readonly kind: 'append';
      readonly streamId: string;
      readonly expectedRevision: ExpectedRevision;
      readonly event: EventToAppend;
      readonly startAt: number;
    }
  /** Appends `count` events one by one to the stream, each expecting the previous revision. */
  | { readonly id: number; readonly kind: 'burst'; readonly streamId: string; readonly count: number; readonly startAt: number }
  /** SQLite only: takes the write lock through a raw connection and keeps it for `ms`, as a busy peer would. */
  | { readonly id: number; readonly kind: 'hold-write-lock'; readonly ms: number };

export type AppenderReply =
  | { readonly kind: 'ready' }
  | { readonly id: number; readonly ok: true; readonly result: AppenderResult }
  | { readonly id: number; readonly ok: false; readonly error: string };

export type AppenderResult = RemoteAppendOutcome | { readonly kind: 'burst-done' } | { readonly kind: 'locked' };

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();
