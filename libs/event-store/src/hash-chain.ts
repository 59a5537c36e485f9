import { hash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// canonicalize@2 is CommonJS with an ESM-style .d.ts: under NodeNext TypeScript types the default
// import as the module object, while Node (and tsx, and jest) hand us module.exports, the function.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/**
 * The tamper-evident chain over the global log. Each event's hash covers its canonical bytes and
 * the previous event's hash, so editing, deleting or reordering a stored row breaks every later
 * link:
 *
 *   canonicalBytes = RFC 8785 canonical JSON of
 *                    {position, streamId, revision, eventId, type, schemaVersion, data, metadata}
 *   hash           = sha256_hex(prevHash + canonicalBytes)      (UTF-8; genesis prevHash = 64 zeros)
 *
 * Positions are decimal strings and the chain expects them gapless from 1 (the SQLite row ids).
 */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of a stored event that the chain protects, with data and metadata as values. */
export interface ChainedEvent {
  readonly position: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** A stored row as an adapter reads it: data and metadata as the canonical JSON it wrote. */
export interface ChainRow extends Omit<ChainedEvent, 'data' | 'metadata'> {
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** RFC 8785 canonical JSON; throws for values JSON cannot hold (undefined, functions, BigInt). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('Event data and metadata must be JSON values');
  return text;
}

/** The definition: canonical JSON of the envelope. */
export function canonicalEventBytes(event: ChainedEvent): string {
  const { position, streamId, revision, eventId, type, schemaVersion, data, metadata } = event;
  return canonicalJson({ position, streamId, revision, eventId, type, schemaVersion, data, metadata });
}

/**
 * The same bytes as `canonicalEventBytes`, assembled from data and metadata that are already
 * canonical JSON: appends serialise each value once and verification needs no JSON.parse. The keys
 * are written in RFC 8785 order (UTF-16 code units); a property test holds the two paths equal.
 */
export function canonicalEventBytesFromJson(row: Omit<ChainRow, 'prevHash' | 'hash'>): string {
  const str = JSON.stringify;
  return (
    `{"data":${row.dataJson},"eventId":${str(row.eventId)},"metadata":${row.metadataJson},` +
    `"position":${str(row.position)},"revision":${str(row.revision)},` +
    `"schemaVersion":${str(row.schemaVersion)},"streamId":${str(row.streamId)},"type":${str(row.type)}}`
  );
}

export function chainHash(prevHash: string, canonicalBytes: string): string {
  // One-shot hash: about twice as fast as createHash for inputs this small, and it is on every append.
  return hash('sha256', prevHash + canonicalBytes, 'hex');
}

/** The last verified link: where the next row must continue the chain. */
export interface ChainLink {
  readonly position: string;
  readonly hash: string;
}

export const GENESIS_LINK: ChainLink = { position: '0', hash: GENESIS_HASH };

export type ChainBreakReason = 'hash-mismatch' | 'previous-hash-mismatch' | 'position-gap';

export type ChainVerification =
  | {
      readonly ok: true;
      /** Rows verified. */
      readonly checked: number;
      /** The head of the verified chain (GENESIS_LINK for an empty log); continue a batch from it. */
      readonly last: ChainLink;
    }
  | {
      readonly ok: false;
      /** Rows verified intact before the break. */
      readonly checked: number;
      /** The first position whose row is missing ('position-gap') or does not fit the chain. */
      readonly firstBrokenPosition: string;
      readonly reason: ChainBreakReason;
    };

/**
 * Checks rows in position order, continuing from `from` (the genesis when verifying from the
 * start). Pure: adapters feed it batches so memory stays bounded.
 */
export function verifyChain(rows: Iterable<ChainRow>, from: ChainLink = GENESIS_LINK): ChainVerification {
  let last = from;
  let checked = 0;
  for (const row of rows) {
    const reason = findBreak(row, last);
    if (reason) {
      const firstBrokenPosition = reason === 'position-gap' ? nextPosition(last) : row.position;
      return { ok: false, checked, firstBrokenPosition, reason };
    }
    last = { position: row.position, hash: row.hash };
    checked += 1;
  }
  return { ok: true, checked, last };
}

function findBreak(row: ChainRow, last: ChainLink): ChainBreakReason | undefined {
  if (row.position !== nextPosition(last)) return 'position-gap';
  if (row.prevHash !== last.hash) return 'previous-hash-mismatch';
  if (recomputeHash(row) !== row.hash) return 'hash-mismatch';
  return undefined;
}

export function nextPosition(link: ChainLink): string {
  return String(Number(link.position) + 1);
}

function recomputeHash(row: ChainRow): string {
  const fast = chainHash(row.prevHash, canonicalEventBytesFromJson(row));
  if (fast === row.hash) return fast;
  // The definition hashes the values, not the stored text: a row whose JSON was re-formatted but
  // means the same still verifies. Unparseable JSON is a mismatch, not a crash.
  try {
    const data: unknown = JSON.parse(row.dataJson);
    const metadata: unknown = JSON.parse(row.metadataJson);
    return chainHash(row.prevHash, canonicalEventBytes({ ...row, data, metadata }));
  } catch {
    return fast;
  }
}
