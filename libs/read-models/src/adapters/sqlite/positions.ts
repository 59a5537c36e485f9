import type { Position } from '@samverkan/event-store';

/**
 * The read store keeps positions as SQLite integers, so checkpoints compare and index cheaply.
 * That ties it to event stores whose positions are decimal row ids (the SQLite event store); a
 * store with other positions (KurrentDB's commit/prepare pair) needs its own checkpoint encoding.
 */
export function toSeq(position: string): number {
  const value = /^\d+$/.test(position) ? Number(position) : NaN;
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a decimal log position: ${position}`);
  return value;
}

export const toPosition = (seq: number): Position => String(seq) as Position;

/** The position to read after: none before the first event. */
export const afterSeq = (seq: number): Position | undefined => (seq > 0 ? toPosition(seq) : undefined);
