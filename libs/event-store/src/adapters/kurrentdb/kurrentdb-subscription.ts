import type { AllStreamSubscription } from '@eventstore/db-client';
import type { StoredEvent, Subscription, SubscriptionHandler } from '../../event-store.port.js';
import type { StreamNames } from './kurrentdb-envelope.js';

/**
 * A catch-up subscription to $all: the server sends the backlog after the checkpoint, then live
 * events. Reading the stream one event at a time is the back-pressure: the next event is taken
 * only when the handler has finished. System events and the chain's links are skipped here, so
 * the server needs no filter support. A handler that throws stops the subscription (later events
 * would be applied on top of a missing one); `close()` then rejects with that error.
 */
export class KurrentSubscription implements Subscription {
  private stopped = false;
  private failure: { readonly error: unknown } | undefined;

  constructor(
    private readonly stream: AllStreamSubscription,
    private readonly names: StreamNames,
    private readonly handler: SubscriptionHandler,
    /** Told of each event delivered (the store remembers its id). */
    private readonly seen: (event: StoredEvent) => void,
    private readonly onStop: (subscription: KurrentSubscription) => void,
  ) {}

  start(): this {
    this.run().catch((error: unknown) => {
      if (!this.stopped) this.failure = { error };
      void this.stop();
    });
    return this;
  }

  /** No handler call starts after this resolves; a handler may close its own subscription. */
  async close(): Promise<void> {
    await this.stop();
    if (this.failure) throw this.failure.error;
  }

  private async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.onStop(this);
    await this.stream.unsubscribe();
    // Ends the iteration in run(), which would otherwise wait for an event that never comes.
    this.stream.destroy();
  }

  private async run(): Promise<void> {
    for await (const resolved of this.stream) {
      if (this.stopped) return;
      const event = resolved.event;
      if (!event || !this.names.isApplicationEvent(event)) continue;
      const stored = this.names.toStoredEvent(event);
      this.seen(stored);
      await this.handler(stored);
    }
  }
}
