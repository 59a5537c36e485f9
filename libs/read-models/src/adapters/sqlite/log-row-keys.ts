import type { ReadStoreStatements } from './read-store-statements.js';

interface Remembered {
  readonly value: string;
  readonly key: number;
}

/** A stream's key, and the agreement and focus area its last row named. */
interface StreamKeys {
  readonly stream: number;
  agreement?: Remembered;
  focusArea?: Remembered;
}

/**
 * The texts log rows filter by, interned in rm_keys. A key, once committed, never changes (keys
 * are never deleted), so keys are kept across batches. A row names its stream, its agreement and
 * its focus area, which mostly repeat the stream's last row: those are remembered per stream, so a
 * row costs one lookup among the streams rather than three among every key (at a million events
 * tens of thousands of keys, and each lookup a cache miss that grew with the log). The few parties,
 * kinds and projection names have a map of their own, small enough to stay in the CPU's cache.
 */
export class LogRowKeys {
  private readonly all = new Map<string, number>();
  private readonly streams = new Map<string, StreamKeys>();
  private readonly few = new Map<string, number>();

  constructor(private readonly statements: ReadStoreStatements) {}

  /** Call when a transaction rolled back: keys it interned are gone. */
  forget(): void {
    this.all.clear();
    this.streams.clear();
    this.few.clear();
  }

  ofStream(streamId: string): StreamKeys {
    let keys = this.streams.get(streamId);
    if (!keys) this.streams.set(streamId, (keys = { stream: this.key(streamId) }));
    return keys;
  }

  /** The key of an agreement or focus area named by a row of the stream. */
  named(stream: StreamKeys, field: 'agreement' | 'focusArea', value: string | null | undefined): number | null {
    if (value == null) return null;
    const last = stream[field];
    if (last?.value === value) return last.key;
    const key = this.key(value);
    stream[field] = { value, key };
    return key;
  }

  /** The key of one of few values (a party, a kind, a projection's name). */
  ofFew(value: string | null | undefined): number | null {
    if (value == null) return null;
    let key = this.few.get(value);
    if (key === undefined) this.few.set(value, (key = this.key(value)));
    return key;
  }

  private key(value: string): number {
    const known = this.all.get(value);
    if (known !== undefined) return known;
    const key = this.statements.keyOf.get(value)?.key ?? Number(this.statements.addKey.run(value).lastInsertRowid);
    this.all.set(value, key);
    return key;
  }
}
