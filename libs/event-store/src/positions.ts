import type { Position } from './event-store.port.js';

/**
 * A position of a store whose positions are decimal integers (SQLite and PostgreSQL row
 * positions, KurrentDB commit positions as the read models keep them) as a number; anything else
 * did not come from such a store, and is refused naming `whose`.
 */
export function parseDecimalPosition(position: string, whose: string): number {
  const value = /^\d+$/.test(position) ? Number(position) : Number.NaN;
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not ${whose} position: ${position}`);
  return value;
}

export const decimalPosition = (value: number | string): Position => String(value) as Position;

/** A read's `maxCount`: absent (no limit), or a whole number of events. */
export function assertValidMaxCount(maxCount: number | undefined): void {
  if (maxCount !== undefined && !(Number.isSafeInteger(maxCount) && maxCount >= 0)) {
    throw new RangeError(`maxCount must be an integer >= 0, got ${maxCount}`);
  }
}

/** A stream group read's page size (`StreamGroupReads`): a whole number, at least one, or the group's pages would never end. */
export function assertValidGroupPageSize(maxCount: number): void {
  assertValidMaxCount(maxCount);
  if (maxCount === 0) throw new RangeError('maxCount must be at least 1 to read stream groups');
}
