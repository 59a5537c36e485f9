import { LRUCache } from 'lru-cache';

/**
 * The documents this runner has committed, kept parsed between batches, so that a batch does not
 * read and parse again what the last one wrote: a focus area's board document is touched by most
 * batches, and a runner that follows the log applies a batch per delivery.
 *
 * A copy is trusted only while the stored checkpoints are exactly those this runner committed with
 * it. Anyone else who writes the store (a rebuild from the CLI, a runner in another process, a
 * projection whose version changed) moves a checkpoint, and the copies are dropped. A batch that
 * fails is never accepted: its transaction rolled back, and the copies are still what is stored.
 */
export class CommittedDocuments {
  /** By projection and id; `doc` undefined: known not to exist. */
  private readonly documents: LRUCache<string, { readonly doc: unknown }> | undefined;
  private checkpoints: ReadonlyMap<string, number> | undefined;

  /** At most `capacity` documents are kept; the least recently touched go first. */
  constructor(capacity: number) {
    this.documents = capacity > 0 ? new LRUCache({ max: capacity }) : undefined;
  }

  /** Call inside the write transaction with the checkpoints read there, before any lookup. */
  trustIfAt(stored: ReadonlyMap<string, number>): void {
    if (!this.checkpoints || !sameCheckpoints(this.checkpoints, stored)) this.clear();
  }

  /** The committed document (`doc` undefined: known not to exist), or undefined when this runner has no copy. */
  lookup(projection: string, id: string): { readonly doc: unknown } | undefined {
    return this.documents?.get(keyOf(projection, id));
  }

  /** After the batch's transaction committed: what it read and wrote is what the store now holds. */
  accept(batch: Iterable<readonly [projection: string, id: string, doc: unknown]>, checkpoints: ReadonlyMap<string, number>): void {
    for (const [projection, id, doc] of batch) this.documents?.set(keyOf(projection, id), { doc });
    this.checkpoints = new Map(checkpoints);
  }

  clear(): void {
    this.documents?.clear();
    this.checkpoints = undefined;
  }

  get size(): number {
    return this.documents?.size ?? 0;
  }
}

const keyOf = (projection: string, id: string): string => `${projection}\u0000${id}`;

export function sameCheckpoints(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, seq] of a) if (b.get(name) !== seq) return false;
  return true;
}
