import type { EventStore, Position } from '@samverkan/event-store';
import { afterSeq, toPosition, toSeq } from './positions.js';

export interface LogLag {
  readonly head: Position | undefined;
  /** Events after each given checkpoint. */
  readonly lag: ReadonlyMap<string, number>;
}

/**
 * The log's head and each checkpoint's lag, by reading the log once from the lowest checkpoint.
 * The event-store port has no head or count query yet, so this costs one pass over the lag
 * (nothing when caught up); a `headPosition()`/`countAfter()` on the port would make it O(1).
 */
export async function measureLag(eventStore: EventStore, checkpoints: ReadonlyMap<string, number>, batchSize = 1000): Promise<LogLag> {
  const lowest = Math.min(...checkpoints.values(), Number.MAX_SAFE_INTEGER);
  const lag = new Map([...checkpoints.keys()].map((name) => [name, 0]));
  let head = lowest === Number.MAX_SAFE_INTEGER ? 0 : lowest;
  for (;;) {
    const events = await eventStore.readAll({ after: afterSeq(head), maxCount: batchSize });
    for (const event of events) {
      const seq = toSeq(event.position);
      for (const [name, checkpoint] of checkpoints) if (seq > checkpoint) lag.set(name, lag.get(name)! + 1);
      head = seq;
    }
    if (events.length < batchSize) break;
  }
  return { head: head > 0 ? toPosition(head) : undefined, lag };
}
