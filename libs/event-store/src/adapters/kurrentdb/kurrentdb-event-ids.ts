import { LRUCache } from 'lru-cache';
import type { WrongExpectedRevisionError } from '../../errors.js';
import type { AppendResult, ExpectedRevision, Position, ReadStreamOptions, StoredEvent } from '../../event-store.port.js';
import { judgeStoredEventIds, type StoredEventId } from '../../stored-event-ids.js';

/** Where an id is stored; the position is known for events read, and for the last of an append. */
interface KnownEventId {
  readonly streamId: string;
  readonly revision: number;
  readonly position: Position | undefined;
}

/** Stands in for a position not known yet; only a retry's answer needs one, and then it is read. */
const UNKNOWN = '' as Position;

type ReadStream = (streamId: string, options?: ReadStreamOptions) => Promise<StoredEvent[]>;

/**
 * The one rule for stored event ids (stored-event-ids.ts) on a server without a unique index on
 * them: KurrentDB judges ids only inside one stream, at the revision the append expects. So this
 * instance remembers the ids it has appended, read or been delivered (its projections follow the
 * whole log, so other instances' ids arrive as soon as it has caught up with them) and judges an
 * append whose ids it knows before writing, with no round trip. After the server refuses an append, the stream itself
 * is searched. Bounded, as the server's own idempotency cache is: an id older than the last `max`
 * events seen is judged only by the server.
 */
export class EventIdJudge {
  private readonly known: LRUCache<string, KnownEventId>;

  constructor(
    private readonly readStream: ReadStream,
    max = 100_000,
  ) {
    this.known = new LRUCache({ max });
  }

  rememberRead(event: StoredEvent): void {
    this.known.set(event.eventId, { streamId: event.streamId, revision: event.revision, position: event.position });
  }

  rememberAppend(streamId: string, eventIds: readonly string[], result: AppendResult): void {
    const first = result.nextExpectedRevision - eventIds.length + 1;
    eventIds.forEach((eventId, i) => {
      this.known.set(eventId, { streamId, revision: first + i, position: i === eventIds.length - 1 ? result.position : undefined });
    });
  }

  /** Before writing: the answer to a known retry, a DuplicateEventIdError, or undefined to go on. */
  async beforeAppend(streamId: string, ids: readonly string[], expected: ExpectedRevision): Promise<AppendResult | undefined> {
    const known = this.lookup(ids);
    if (known.length === 0) return undefined;
    const judged = judgeStoredEventIds(streamId, ids, expected, known);
    if (judged.kind === 'duplicate') throw judged.error;
    return judged.kind === 'retry' ? this.withPosition(streamId, judged.result) : undefined;
  }

  /** After the server refused: a retry it judged otherwise, a duplicate, or the refusal itself. */
  async afterRefusal(streamId: string, ids: readonly string[], expected: ExpectedRevision, refusal: WrongExpectedRevisionError): Promise<AppendResult> {
    const wanted = new Set(ids);
    const inStream: StoredEventId[] = (await this.readStream(streamId)).filter((event) => wanted.has(event.eventId));
    const found = new Set(inStream.map((row) => row.eventId));
    const judged = judgeStoredEventIds(streamId, ids, expected, [...inStream, ...this.lookup(ids.filter((id) => !found.has(id)))]);
    if (judged.kind === 'retry') return judged.result;
    throw judged.kind === 'duplicate' ? judged.error : refusal;
  }

  /** The position of a stream's event: for answers that came without one. */
  async positionAt(streamId: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`KurrentDB answered for ${streamId}@${revision}, which cannot be read`);
    return event.position;
  }

  private lookup(eventIds: readonly string[]): StoredEventId[] {
    return eventIds.flatMap((eventId) => {
      const row = this.known.get(eventId);
      return row ? [{ eventId, ...row, position: row.position ?? UNKNOWN }] : [];
    });
  }

  private async withPosition(streamId: string, result: AppendResult): Promise<AppendResult> {
    return result.position === UNKNOWN ? { ...result, position: await this.positionAt(streamId, result.nextExpectedRevision) } : result;
  }
}
