import type { EventStore, StoredEvent, Subscription } from '@samverkan/event-store';
import { afterSeq, toSeq } from './positions.js';

/** Applies delivered events that follow `cursor` in the log (the runner checks it still holds). */
export type ApplyDelivered = (events: readonly StoredEvent[], cursor: number) => Promise<void>;

/**
 * Follows the log through the store's subscription and hands its events on in batches: the
 * deliveries of one event-loop turn are applied together, and a full batch makes the
 * subscription wait until it is applied, so a long backlog never piles up in memory.
 */
export class LogFollower {
  private buffer: StoredEvent[] = [];
  private scheduled = false;
  private stopped = false;
  /** The position the buffer starts after: the subscription delivers the log contiguously from it. */
  private cursor: number;
  private readonly subscription: Subscription;

  constructor(
    eventStore: EventStore,
    from: number,
    private readonly batchSize: number,
    private readonly apply: ApplyDelivered,
    private readonly onError: (error: unknown) => void,
  ) {
    this.cursor = from;
    this.subscription = eventStore.subscribeToAll({ after: afterSeq(from) }, (event) => this.deliver(event));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.buffer = [];
    await this.subscription.close();
  }

  private deliver(event: StoredEvent): Promise<void> | void {
    this.buffer.push(event);
    // Returning the promise makes the subscription wait: its failure stops the subscription too.
    if (this.buffer.length >= this.batchSize) {
      return this.flush().catch((error: unknown) => {
        this.onError(error);
        throw error;
      });
    }
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.flush().catch((error: unknown) => {
        this.onError(error);
        void this.stop().catch(() => undefined);
      });
    });
  }

  private flush(): Promise<void> {
    this.scheduled = false;
    const events = this.buffer;
    this.buffer = [];
    if (this.stopped || events.length === 0) return Promise.resolve();
    const cursor = this.cursor;
    this.cursor = toSeq(events[events.length - 1]!.position);
    return this.apply(events, cursor);
  }
}
