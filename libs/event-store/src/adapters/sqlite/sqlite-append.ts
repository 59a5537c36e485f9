import type { AppendResult, ExpectedRevision, Position } from '../../event-store.port.js';
import type { SerialisedEvent } from '../serialised-event.js';
import { checkExpectedRevision } from '../../expected-revision.js';
import { canonicalEventBytesFromJson, chainHash, GENESIS_HASH } from '../../hash-chain.js';
import type { Statements } from './sqlite-statements.js';

/** Must run inside a BEGIN IMMEDIATE transaction: one head query, then one insert per event. */
export function writeEvents(statements: Statements, streamId: string, events: readonly SerialisedEvent[], expected: ExpectedRevision): AppendResult {
  const head = statements.head.get(streamId);
  const current = head?.revision ?? undefined;
  checkExpectedRevision(streamId, expected, current);
  // The chain's head is read here, never cached: another process may have appended since.
  let prevHash = head?.last_hash ?? GENESIS_HASH;
  // Continue after the highest position ever used, so a deleted tail shows up as a gap.
  let position = Math.max(head?.seq ?? 0, head?.last_position ?? 0);
  let revision = current ?? -1;
  for (const event of events) {
    position += 1;
    revision += 1;
    const hash = chainHash(prevHash, canonicalEventBytesFromJson({ ...event, position: String(position), streamId, revision }));
    statements.insert.run(
      position,
      streamId,
      revision,
      event.eventId,
      event.type,
      event.schemaVersion,
      event.dataJson,
      event.metadataJson,
      prevHash,
      hash,
    );
    prevHash = hash;
  }
  // An empty append writes nothing: it answers with the stream's revision (-1 for no stream) and
  // the log's head, which is still a valid read-your-writes position.
  return { nextExpectedRevision: revision, position: String(position) as Position };
}

/** The unique index on event ids refused a row: judged by stored-event-ids.ts (a retry, or a duplicate). */
export function isEventIdConflict(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('events.event_id');
}

/**
 * A second writer slipped past the revision check; only possible if the write lock was bypassed.
 * Duck-typed, not `instanceof`: the native addon keeps the error class (and so the realm's Error)
 * of the first copy of better-sqlite3 that loaded it, and jest gives each test file its own copy.
 */
export function isStreamRevisionConflict(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('events.stream_id, events.revision');
}
