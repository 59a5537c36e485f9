import type { StoredEvent } from '@samverkan/event-store';

/** The first event of each kind of stream, which names the agreement the stream belongs to. */
export const STREAM_OPENERS: ReadonlySet<string> = new Set(['AgreementRegistered', 'FocusAreaProposed', 'MeetingScheduled', 'AnnexCreated']);

/**
 * The events that tie a stream to an agreement, for the runner's stream → agreement index: an
 * agreement's own stream by its registration, a focus area's by its proposal, a meeting's by its
 * scheduling and an annex's by its creation (each names the agreement). Later events of those
 * streams need not repeat the agreement id.
 */
export function agreementRegisteredBy(event: StoredEvent): string | undefined {
  if (!STREAM_OPENERS.has(event.type)) return undefined;
  const { agreementId } = (event.data ?? {}) as { agreementId?: unknown };
  return typeof agreementId === 'string' && agreementId !== '' ? agreementId : undefined;
}

/**
 * Whether the board document written at this event is snapshotted: on the focus area's first
 * event, and every `every` revisions of its stream after that, so a replay from the nearest
 * snapshot never applies more than `every - 1` events.
 */
export function isSnapshotRevision(revision: number, every: number, firstEvent: boolean): boolean {
  return firstEvent || (revision + 1) % every === 0;
}

/** Batch sizes and snapshot intervals: zero or a fraction would stall the runner. */
/** A whole-number option of at least `min`, or a RangeError that names it. */
export function integerAtLeast(min: number, name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
  return value;
}
