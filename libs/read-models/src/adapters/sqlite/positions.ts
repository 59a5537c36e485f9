import { decimalPosition, parseDecimalPosition, type Position } from '@samverkan/event-store';

/**
 * The read store keeps positions as SQLite integers, so checkpoints compare and index cheaply.
 * Every store's positions are decimal integers that grow (SQLite and PostgreSQL positions,
 * KurrentDB commit positions, with gaps), up to 2^53.
 */
export const toSeq = (position: string): number => parseDecimalPosition(position, 'a decimal log');

export const toPosition = (seq: number): Position => decimalPosition(seq);

/** The position to read after: none before the first event. */
export const afterSeq = (seq: number): Position | undefined => (seq > 0 ? toPosition(seq) : undefined);
