import type { AnyProjection } from '../../projection.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';

/** The lowest of the checkpoints: where the log must be read from so that no projection misses an event. */
export const lowestOf = (checkpoints: ReadonlyMap<string, number>): number => Math.min(...checkpoints.values());

/**
 * The runner's projections against their stored checkpoints. Always read from the store, never
 * cached: a runner in another process (or one killed mid-way) may have moved them.
 */
export class ProjectionCheckpoints {
  private versionsChecked = false;

  constructor(
    private readonly readStore: SqliteReadModelStore,
    private readonly projections: readonly AnyProjection[],
    private readonly snapshotProjection: string,
  ) {
    const names = projections.map((projection) => projection.name);
    if (names.length === 0) throw new Error('A projection runner needs at least one projection');
    if (new Set(names).size !== names.length) throw new Error(`Projection names must be unique: ${names.join(', ')}`);
  }

  /** Each projection's position: 0 when nothing is applied, or only by another version of its code. */
  read(): Map<string, number> {
    const stored = new Map(this.readStore.checkpoints().map((row) => [row.projection, row]));
    return new Map(
      this.projections.map(({ name, version }) => {
        const row = stored.get(name);
        return [name, row && row.version === version ? (row.position ?? 0) : 0];
      }),
    );
  }

  lowest(): number {
    return lowestOf(this.read());
  }

  /** Once, before the first batch: a projection whose code version changed starts over from zero. */
  checkVersions(): void {
    if (this.versionsChecked) return;
    this.readStore.transaction((writer) => {
      const stored = new Map(this.readStore.checkpoints().map((row) => [row.projection, row]));
      for (const { name, version } of this.projections) {
        const row = stored.get(name);
        if (!row) writer.setCheckpoint(name, version, null);
        else if (row.version !== version) writer.dropProjection(name, version, { withSnapshots: name === this.snapshotProjection });
      }
      // An insert-only projection copied into documents by an earlier release is made again as log rows.
      for (const { name, version, insertOnly } of this.projections) {
        if (insertOnly && this.readStore.holdsDocuments(name)) writer.dropProjection(name, version, { withSnapshots: name === this.snapshotProjection });
      }
    });
    this.versionsChecked = true;
  }

  /** Drops the named projections (all when no name) so the next catch-up rebuilds them from zero. */
  drop(name: string | undefined): void {
    const targets = this.projections.filter((projection) => name === undefined || projection.name === name);
    if (targets.length === 0) throw new Error(`No projection named ${name}`);
    this.checkVersions();
    this.readStore.transaction((writer) => {
      for (const { name: target, version } of targets) {
        writer.dropProjection(target, version, { withSnapshots: target === this.snapshotProjection });
      }
      // Every projection starts over: the stream index is rebuilt from the log as well.
      if (name === undefined) writer.dropStreamIndex();
    });
  }
}
