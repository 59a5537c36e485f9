import type { Position, StoredEvent, Subscription, SubscriptionHandler } from '../event-store.port.js';

/** Synchronous for SQLite; a server store's read is a promise. */
export type ReadBatch = (after: Position | undefined, maxCount: number) => StoredEvent[] | Promise<StoredEvent[]>;

const BATCH_SIZE = 256;

/**
 * A catch-up subscription over a log that only grows at its end. SQLite commits one writer at a
 * time and positions are given inside the write lock, so a reader never sees position n+1 before
 * n: reading "after the checkpoint" cannot skip an event that commits later.
 *
 * Appends through the owning store call `wake()`; appends by other processes are seen by polling.
 * Handlers run one at a time. A handler that throws stops the subscription (later events would be
 * applied on top of a missing one); `close()` then rejects with that error.
 */
export class PollingSubscription implements Subscription {
  private stopped = false;
  private woken = false;
  private interruptSleep: (() => void) | undefined;
  private failure: { readonly error: unknown } | undefined;

  constructor(
    private readonly readBatch: ReadBatch,
    private readonly handler: SubscriptionHandler,
    private readonly pollIntervalMs: number,
    private readonly onStop: (subscription: PollingSubscription) => void,
  ) {}

  start(after: Position | undefined): this {
    this.run(after).catch((error: unknown) => {
      this.failure = { error };
      this.stop();
    });
    return this;
  }

  wake(): void {
    this.woken = true;
    this.interruptSleep?.();
  }

  /**
   * No handler call starts after this resolves. It does not wait for a handler already running,
   * so a handler may close its own subscription without deadlocking.
   */
  async close(): Promise<void> {
    this.stop();
    if (this.failure) throw this.failure.error;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.interruptSleep?.();
    this.onStop(this);
  }

  private async run(after: Position | undefined): Promise<void> {
    let checkpoint = after;
    while (!this.stopped) {
      // Cleared before reading: a wake that arrives during the read or the handlers is kept.
      this.woken = false;
      const batch = await this.readBatch(checkpoint, BATCH_SIZE);
      for (const event of batch) {
        if (this.stopped) return;
        await this.handler(event);
        checkpoint = event.position;
      }
      if (batch.length < BATCH_SIZE) await this.sleep();
    }
  }

  private async sleep(): Promise<void> {
    if (this.woken || this.stopped) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.pollIntervalMs);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.interruptSleep = done;
    });
    this.interruptSleep = undefined;
  }
}
