/**
 * The storage behind the in-process KurrentDB test server: one transaction log of records at byte
 * offsets, as KurrentDB's chunk files hold them. Test-only code. It reproduces what the adapter
 * depends on and nothing more:
 *
 * - positions are log offsets that grow by each record's size, so they have gaps (never 1, 2, 3);
 *   a non-transactional write gives every event commit == prepare == its own offset;
 * - expected-revision semantics (no_stream, stream_exists, any, an exact revision), judged
 *   atomically for the whole append;
 * - KurrentDB's idempotent writes: an append whose event ids are already stored at the revisions
 *   the expected revision points at answers success, without a position, and writes nothing (for `any` and
 *   `stream_exists`, when the first id is found in the stream and the rest follow it); ids that
 *   only partly match are a wrong expected version, as the server's "corrupted idempotency" is.
 */

/** The fixed part of a record's size in the log: prepare header, ids, stream name, timestamps. */
const RECORD_HEADER_BYTES = 117n;

export interface ProposedEvent {
  readonly id: string;
  readonly metadata: ReadonlyMap<string, string>;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export interface LogRecord extends ProposedEvent {
  streamName: string;
  revision: number;
  /** commit == prepare: gRPC appends are never explicit transactions. */
  readonly position: bigint;
  /** .NET ticks (100 ns since 0001-01-01), as the server stamps `created`. */
  readonly created: string;
}

export type ExpectedState = { readonly kind: 'any' | 'no_stream' | 'stream_exists' } | { readonly kind: 'revision'; readonly revision: number };

export type AppendOutcome =
  | { readonly kind: 'success'; readonly currentRevision: number; readonly position: bigint | undefined }
  | { readonly kind: 'wrong_expected_version'; readonly currentRevision: number | undefined };

const TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000n;

export class InMemoryLog {
  /** The log in position order; tamper hooks edit it behind the server's back. */
  readonly records: LogRecord[] = [];
  private nextPosition = 1_024n; // the chunk header comes first
  private readonly listeners = new Set<(record: LogRecord) => void>();

  constructor(private readonly now: () => number) {}

  append(streamName: string, expected: ExpectedState, events: readonly ProposedEvent[]): AppendOutcome {
    const stream = this.stream(streamName);
    const current = stream.at(-1)?.revision;
    const retried = this.idempotentRetry(stream, expected, events);
    if (retried) return retried;
    if (!fits(expected, current)) return { kind: 'wrong_expected_version', currentRevision: current };
    let revision = current ?? -1;
    const written = events.map((event) => this.write(streamName, (revision += 1), event));
    written.forEach((record) => this.listeners.forEach((listener) => listener(record)));
    return { kind: 'success', currentRevision: revision, position: written.at(-1)?.position };
  }

  /** A stream's records in revision order (a scan: the tamper hooks may have moved records). */
  stream(streamName: string): LogRecord[] {
    return this.records.filter((record) => record.streamName === streamName).sort((a, b) => a.revision - b.revision);
  }

  /** Calls `listener` for every record written from now on; returns the unsubscribe. */
  onWrite(listener: (record: LogRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private idempotentRetry(stream: LogRecord[], expected: ExpectedState, events: readonly ProposedEvent[]): AppendOutcome | undefined {
    if (events.length === 0 || stream.length === 0) return undefined;
    const first = this.firstRevisionOfRetry(stream, expected, events[0]!.id);
    if (first === undefined) return undefined;
    const stored = stream.slice(first, first + events.length);
    if (stored.length === events.length && stored.every((record, i) => record.id === events[i]!.id)) {
      // Answered without a position, as servers have done for a retry (the TCP API answered -1).
      return { kind: 'success', currentRevision: stored.at(-1)!.revision, position: undefined };
    }
    // Some ids match where the retry would be and some do not: neither a retry nor a fresh write.
    if (stored[0]?.id === events[0]!.id) return { kind: 'wrong_expected_version', currentRevision: stream.at(-1)!.revision };
    return undefined;
  }

  private firstRevisionOfRetry(stream: LogRecord[], expected: ExpectedState, firstId: string): number | undefined {
    switch (expected.kind) {
      case 'revision':
        return expected.revision + 1 < stream.length ? expected.revision + 1 : undefined;
      case 'no_stream':
        return 0;
      case 'any':
      case 'stream_exists': {
        const found = stream.findIndex((record) => record.id === firstId);
        return found === -1 ? undefined : found;
      }
    }
  }

  private write(streamName: string, revision: number, event: ProposedEvent): LogRecord {
    const position = this.nextPosition;
    const size = RECORD_HEADER_BYTES + BigInt(Buffer.byteLength(streamName) + event.data.length + event.customMetadata.length);
    this.nextPosition += size;
    const created = String(BigInt(this.now()) * 10_000n + TICKS_AT_UNIX_EPOCH);
    const record: LogRecord = { ...event, streamName, revision, position, created };
    this.records.push(record);
    return record;
  }
}

function fits(expected: ExpectedState, current: number | undefined): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'stream_exists':
      return current !== undefined;
    case 'revision':
      return current === expected.revision;
  }
}
