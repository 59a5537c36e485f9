/** Where one projection stands against the log. */
export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  /** The position of the last event applied; undefined before the first. */
  readonly position: string | undefined;
  /** The log's head position when the status was taken. */
  readonly head: string | undefined;
  /** Events in the log after `position`. */
  readonly lag: number;
}

/**
 * Feeds projections from the event store in global order. Each batch of events is applied to
 * every projection and its checkpoint in one transaction, so a crash never applies an event twice
 * or skips one. Runs in-process for the embedded default; the same class can run as its own
 * process against a shared store.
 */
export interface ProjectionRunner {
  /** Applies everything in the log that is not yet applied; resolves when caught up. */
  catchUp(): Promise<void>;
  /** Follows the log as it grows (subscription), until `stop`. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Drops the projection's documents and checkpoint (all projections when no name), then catches up. */
  rebuild(name?: string): Promise<void>;
  status(): Promise<ProjectionStatus[]>;
  /**
   * Read-your-writes: resolves true once every projection has applied `position`, false when
   * `timeoutMs` passes first.
   */
  waitFor(position: string, timeoutMs: number): Promise<boolean>;
}

export const PROJECTION_RUNNER = Symbol('ProjectionRunner');
