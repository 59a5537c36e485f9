import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Snapshots are kept deflated: a board document's JSON (about 2.7 KB at a million events) shrinks
 * to about 40 %, and the snapshots were the larger part of the read store. Written once, read only
 * by the plan as it stood (a few dozen per query), so the level is the fastest. A snapshot stored
 * as text (before they were deflated) is still read.
 */
const LEVEL = 1;

export function encodeSnapshotDoc(doc: unknown): Buffer | null {
  return doc === undefined ? null : deflateRawSync(JSON.stringify(doc), { level: LEVEL });
}

export function decodeSnapshotDoc(stored: string | Buffer | null): unknown {
  if (stored === null) return undefined;
  return JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')) as unknown;
}
