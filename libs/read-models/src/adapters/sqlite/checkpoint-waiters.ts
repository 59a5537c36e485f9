interface Waiter {
  readonly target: number;
  readonly settle: (reached: boolean) => void;
}

/**
 * Read-your-writes waits. The runner calls `reached` after every batch it commits; a runner in
 * another process writes the same checkpoints, which `poll` picks up at a short interval.
 */
export class CheckpointWaiters {
  private readonly waiters = new Set<Waiter>();

  constructor(
    private readonly lowestCheckpoint: () => number,
    private readonly pollIntervalMs: number,
  ) {}

  wait(target: number, timeoutMs: number): Promise<boolean> {
    if (this.lowestCheckpoint() >= target) return Promise.resolve(true);
    return new Promise((resolve) => {
      const poll = setInterval(() => this.reached(this.lowestCheckpoint()), this.pollIntervalMs);
      const timeout = setTimeout(() => waiter.settle(false), timeoutMs);
      const waiter: Waiter = {
        target,
        settle: (reached) => {
          clearInterval(poll);
          clearTimeout(timeout);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Every projection has applied `seq`: wake those waiting for it or less. */
  reached(seq: number): void {
    for (const waiter of [...this.waiters]) if (waiter.target <= seq) waiter.settle(true);
  }

  /** Ends every wait with false (the runner is closing). */
  cancelAll(): void {
    for (const waiter of [...this.waiters]) waiter.settle(false);
  }
}
