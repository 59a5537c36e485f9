import type { EventStore, StoredEvent } from '@samverkan/event-store';
import type { AnyProjection } from '../../projection.js';
import type { ProjectionRunner, ProjectionStatus } from '../../projection-runner.port.js';
import { applyBatch, type AppliedBatch, type SnapshotSettings } from './apply-batch.js';
import { type ByAgreementPlan, catchUpByAgreement, clearInterruptedCatchUp } from './catch-up-by-agreement.js';
import { CheckpointWaiters } from './checkpoint-waiters.js';
import { CommittedDocuments, sameCheckpoints } from './committed-documents.js';
import { DocumentCache } from './document-cache.js';
import { LogFollower } from './log-follower.js';
import { measureLag } from './log-lag.js';
import { afterSeq, toPosition, toSeq } from './positions.js';
import { lowestOf, ProjectionCheckpoints } from './projection-checkpoints.js';
import { integerAtLeast } from './runner-rules.js';
import { SerialQueue } from './serial-queue.js';
import type { StreamAgreement } from './read-model-writer.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';

/**
 * 20, not 10: at a million events every 10 revisions made the snapshots over half the read store
 * and a tenth of a catch-up, while the plan as it stood stays far under its 50 ms at p99 replaying
 * up to 19 events per changed focus area (README, "The plan as it stood").
 */
export const DEFAULT_SNAPSHOT_EVERY = 20;

/** Events per batch (see `batchSize`). */
const DEFAULT_BATCH_SIZE = 2_500;

/** Logs shorter than this are caught up in global order even from zero (see `catchUpByAgreementFrom`). */
const DEFAULT_BY_AGREEMENT_FROM = 20_000;

/** A board document parsed is about 5 KiB: a catch-up holds at most about 120 MB of deferred documents. */
const DEFER_DOCUMENTS = 25_000;

/** What a catch-up has applied but not yet written, and the checkpoints it stands at. */
interface Deferred {
  readonly documents: DocumentCache;
  readonly checkpoints: ReadonlyMap<string, number>;
  /** The checkpoints as stored: while they stay so, no one else has written, and the deferred work holds. */
  readonly stored: ReadonlyMap<string, number>;
  readonly events: number;
}

export interface SqliteProjectionRunnerOptions {
  readonly eventStore: EventStore;
  readonly readStore: SqliteReadModelStore;
  readonly projections: readonly AnyProjection[];
  /**
   * At most this many events are read and applied per transaction. Defaults to 2 500. Far behind
   * the log, documents are written once per many batches whatever their size (see `deferEvents`),
   * so a batch need only be large enough for its commit to cost little against its events: a
   * batch of 10 000 events held some 20 MB of parsed events for its whole length, more than the
   * collector's young generation, so most of them were copied and promoted before they died
   * (README, "Read models", has the measured rates). A runner that follows the log applies what
   * each delivery brings, which is usually a handful.
   */
  readonly batchSize?: number;
  /**
   * How many committed documents (not insert-only rows) the runner keeps parsed between batches,
   * least recently touched dropped first. Defaults to 1 000: the focus areas being worked on while
   * the runner follows the log (README, "Read models": more costs memory for little speed). A batch then neither reads nor
   * parses what the last one wrote; 0 reads every document from the store each batch.
   */
  readonly documentCacheSize?: number;
  /**
   * Snapshot a focus area every this many stream revisions (and on its first). Defaults to 20.
   * Storage for speed: the plan as it stood replays up to this many minus one events per focus
   * area changed since the moment (README, "The plan as it stood", has the measured trade-off).
   */
  readonly snapshotEvery?: number;
  /**
   * Far behind the log (a full batch read), the documents are written once per this many events,
   * or once 25 000 are held, or at the head of the log, rather than once per batch (see
   * `applyBatch`'s `defer`): a catch-up from zero then writes each document about once, not once
   * per batch. Defaults to 2 000 000 (the cap on documents held is what usually ends a round);
   * 0 writes every batch's. A runner stopped meanwhile applies those events again from the log
   * (only to the projections whose documents it held: the audit rows are written every batch).
   */
  readonly deferEvents?: number;
  /**
   * A catch-up from zero (every projection at zero: a new instance, a restored backup, a rebuild of
   * all) of a log at least this long reads it agreement by agreement, when the event store can
   * (see `catchUpByAgreement`). Defaults to 20 000 events: on shorter logs the documents stay warm
   * in global order too. A catch-up by agreement commits its checkpoints only at its end.
   */
  readonly catchUpByAgreementFrom?: number;
  /** The projection whose documents are snapshotted for the plan history. Defaults to 'focus-area-board'. */
  readonly snapshotProjection?: string;
  /** How often `waitFor` looks for checkpoints written by a runner in another process. Defaults to 50 ms. */
  readonly waitPollIntervalMs?: number;
  /** Told when following the log fails; following stops there, and `stop()` rejects with the error. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Projects the log into a SQLite read store, one transaction per batch (see `applyBatch`).
 * Everything that applies events goes through one queue, so catch-up, subscription deliveries
 * and rebuilds never overlap.
 */
export class SqliteProjectionRunner implements ProjectionRunner {
  private readonly eventStore: EventStore;
  private readonly readStore: SqliteReadModelStore;
  private readonly projections: readonly AnyProjection[];
  private readonly batchSize: number;
  private readonly snapshots: SnapshotSettings;
  private readonly checkpoints: ProjectionCheckpoints;
  private readonly queue = new SerialQueue();
  private readonly waiters: CheckpointWaiters;
  private readonly committed: CommittedDocuments;
  private readonly onError: (error: unknown) => void;
  private following = false;
  private follower: LogFollower | undefined;
  private failure: { readonly error: unknown } | undefined;
  private deferred: Deferred | undefined;
  /** The stream index as this runner committed it (see `applyBatch`'s `streams`), and the checkpoints it is valid at. */
  private readonly streams = new Map<string, StreamAgreement | null>();
  private streamsAt: ReadonlyMap<string, number> | undefined;
  private readonly deferEvents: number;
  private readonly byAgreementFrom: number;

  constructor(options: SqliteProjectionRunnerOptions) {
    this.eventStore = options.eventStore;
    this.readStore = options.readStore;
    this.projections = options.projections;
    this.batchSize = integerAtLeast(1, 'batchSize', options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.snapshots = {
      projection: options.snapshotProjection ?? 'focus-area-board',
      every: integerAtLeast(1, 'snapshotEvery', options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY),
    };
    this.deferEvents = integerAtLeast(0, 'deferEvents', options.deferEvents ?? 2_000_000);
    this.byAgreementFrom = integerAtLeast(0, 'catchUpByAgreementFrom', options.catchUpByAgreementFrom ?? DEFAULT_BY_AGREEMENT_FROM);
    this.committed = new CommittedDocuments(integerAtLeast(0, 'documentCacheSize', options.documentCacheSize ?? 1_000));
    this.checkpoints = new ProjectionCheckpoints(this.readStore, this.projections, this.snapshots.projection);
    this.waiters = new CheckpointWaiters(() => this.checkpoints.lowest(), options.waitPollIntervalMs ?? 50);
    this.onError = options.onError ?? (() => undefined);
  }

  catchUp(): Promise<void> {
    return this.queue.run(() => this.catchUpNow());
  }

  async start(): Promise<void> {
    if (this.following) return;
    this.following = true;
    await this.catchUp().catch((error: unknown) => {
      this.following = false;
      throw error;
    });
    if (!this.following) return; // stopped while catching up
    this.failure = undefined;
    const onError = (error: unknown): void => {
      this.failure = { error };
      this.onError(error);
    };
    const apply = (events: readonly StoredEvent[], cursor: number) => this.queue.run(() => this.applyDelivered(events, cursor));
    this.follower = new LogFollower(this.eventStore, this.checkpoints.lowest(), this.batchSize, apply, onError);
  }

  async stop(): Promise<void> {
    this.following = false;
    const follower = this.follower;
    this.follower = undefined;
    await follower?.stop().catch(() => undefined); // a failure is rethrown below
    await this.queue.idle();
    this.waiters.cancelAll();
    if (this.failure) throw this.failure.error;
  }

  rebuild(name?: string): Promise<void> {
    return this.queue.run(async () => {
      this.checkpoints.drop(name);
      await this.catchUpNow();
    });
  }

  /** Read-only: a projection whose stored version is stale shows as not started (it will be rebuilt). */
  async status(): Promise<ProjectionStatus[]> {
    const checkpoints = this.checkpoints.read();
    const { head, lag } = await measureLag(this.eventStore, checkpoints);
    return this.projections.map(({ name, version }) => {
      const seq = checkpoints.get(name)!;
      return { name, version, position: seq > 0 ? toPosition(seq) : undefined, head, lag: lag.get(name)! };
    });
  }

  async waitFor(position: string, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(toSeq(position), timeoutMs);
  }

  private async catchUpNow(): Promise<void> {
    this.checkpoints.checkVersions();
    const plan = { eventStore: this.eventStore, readStore: this.readStore, projections: this.projections, snapshots: this.snapshots };
    clearInterruptedCatchUp(plan);
    await this.readStore.catchingUp(async () => {
      try {
        if (!this.deferred && Math.max(...this.checkpoints.read().values()) === 0) await this.catchUpByAgreement(plan);
        for (;;) {
          const from = this.deferred ? lowestOf(this.deferred.checkpoints) : this.checkpoints.lowest();
          const events = await this.eventStore.readAll({ after: afterSeq(from), maxCount: this.batchSize });
          if (events.length === 0 && !this.deferred) return;
          const full = events.length === this.batchSize;
          // Far behind the log (a full batch), documents are written once per many batches; at the head, always.
          const defer = full && (this.deferred?.events ?? 0) + events.length < this.deferEvents && (this.deferred?.documents.size ?? 0) < DEFER_DOCUMENTS;
          if (this.applyIfFrom(from, events, defer) && !full) return;
        }
      } catch (error) {
        this.writeDeferred(); // the batches before the failed one stand, as when each wrote its own
        throw error;
      } finally {
        this.deferred = undefined;
      }
    });
  }

  /** From zero, agreement by agreement when it applies; the copies and the stream index this runner kept are then stale. */
  private async catchUpByAgreement(plan: Omit<ByAgreementPlan, 'batchSize' | 'fromEvents'>): Promise<void> {
    const reached = await catchUpByAgreement({ ...plan, batchSize: this.batchSize, fromEvents: this.byAgreementFrom });
    if (reached === undefined) return;
    this.committed.clear();
    this.streams.clear();
    this.streamsAt = undefined;
    this.waiters.reached(reached);
  }

  /** Writes what the catch-up deferred, if it can; a failure here leaves it to be applied again from the log. */
  private writeDeferred(): void {
    if (!this.deferred) return;
    try {
      this.applyIfFrom(lowestOf(this.deferred.checkpoints), [], false);
    } catch {
      // The catch-up's own error is the one to report.
    }
  }

  /** Subscription deliveries are applied as they come when they follow every checkpoint; else re-read. */
  private async applyDelivered(events: readonly StoredEvent[], cursor: number): Promise<void> {
    if (!this.applyIfFrom(cursor, events)) await this.catchUpNow();
  }

  /**
   * Applies `events`, which follow position `from` in the log without a gap, unless a projection
   * stands before `from` (it would miss events). The checkpoints are read inside the write
   * transaction, so what another runner wrote meanwhile is respected, never undone.
   */
  private applyIfFrom(from: number, events: readonly StoredEvent[], defer = false): boolean {
    // What a failed batch evolved is never accepted: the copies stay those of the last commit, and
    // deferred documents as the batches before left them.
    let documents: DocumentCache | undefined;
    let applied: AppliedBatch | undefined;
    try {
      applied = this.readStore.transaction((writer): AppliedBatch | undefined => {
        const stored = this.checkpoints.read();
        // Another runner wrote since: what this one deferred is dropped, and its events read again.
        if (this.deferred && !sameCheckpoints(stored, this.deferred.stored)) this.deferred = undefined;
        const deferred = this.deferred;
        this.committed.trustIfAt(stored);
        if (!this.streamsAt || !sameCheckpoints(stored, this.streamsAt)) this.streams.clear();
        const checkpoints = deferred?.checkpoints ?? stored;
        if (lowestOf(checkpoints) < from) return undefined;
        documents = deferred?.documents ?? new DocumentCache(writer, this.committed);
        const plan = { projections: this.projections, checkpoints, snapshots: this.snapshots, committed: this.committed };
        return applyBatch(writer, { ...plan, stored: deferred?.stored, documents, defer, streams: this.streams }, events);
      });
    } catch (error) {
      documents?.undoBatch();
      this.streams.clear(); // its registrations rolled back
      this.streamsAt = undefined;
      throw error;
    }
    if (applied === undefined) return false;
    applied.documents.endBatch({ deferred: defer });
    this.streamsAt = applied.stored;
    if (defer) {
      const { documents, checkpoints, stored } = applied;
      this.deferred = { documents, checkpoints, stored, events: (this.deferred?.events ?? 0) + events.length };
    } else {
      this.deferred = undefined;
      this.committed.accept(applied.documents.touched(), applied.stored);
    }
    this.waiters.reached(lowestOf(applied.stored));
    return true;
  }
}
