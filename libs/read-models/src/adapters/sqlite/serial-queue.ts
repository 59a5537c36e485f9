/**
 * Runs tasks one after another, in the order they were queued. Everything that applies events
 * (catch-up, subscription deliveries, rebuilds) goes through one queue, so no two of them ever
 * decide "what is not applied yet" at the same time.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task);
    // A failed task fails its caller, not the tasks queued after it.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.run(() => undefined);
  }
}
