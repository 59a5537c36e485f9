import type { EventMetadata } from '@samverkan/shared-kernel';
import type { StoredEvent } from '../event-store.port.js';
import type { ChainRow } from '../hash-chain.js';
import { decimalPosition } from '../positions.js';

/**
 * A stored row of the SQL stores (SQLite and PostgreSQL share the columns): data and metadata as
 * the canonical JSON the chain covers. Integer columns arrive as numbers from SQLite and as
 * decimal strings (bigint) from `pg`.
 */
export interface EventRow {
  readonly position: number | string;
  readonly stream_id: string;
  readonly revision: number | string;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
  readonly prev_hash: string;
  readonly hash: string;
}

export function toStoredEvent(row: Omit<EventRow, 'prev_hash' | 'hash'>): StoredEvent {
  return {
    position: decimalPosition(row.position),
    streamId: row.stream_id,
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}

export function toChainRow(row: EventRow): ChainRow {
  return {
    position: String(row.position),
    streamId: row.stream_id,
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    dataJson: row.data,
    metadataJson: row.metadata,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
