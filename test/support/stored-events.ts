import Database from 'better-sqlite3';
import { join } from 'node:path';

export interface StoredEvent {
  readonly position: number;
  readonly streamId: string;
  readonly type: string;
  readonly metadata: Record<string, unknown>;
  /** The stored row as text: a spec can check that no personal data is in it. */
  readonly raw: string;
}

/** The events of one type as the embedded store keeps them (events.sqlite in the app's DATA_DIR), oldest first. */
export const storedEvents = (dataDir: string, type: string): StoredEvent[] => {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT position, stream_id, type, data, metadata FROM events WHERE type = ? ORDER BY position').all(type) as {
      position: number;
      stream_id: string;
      type: string;
      data: string;
      metadata: string;
    }[];
    return rows.map((r) => ({ position: r.position, streamId: r.stream_id, type: r.type, metadata: JSON.parse(r.metadata), raw: r.data + r.metadata }));
  } finally {
    db.close();
  }
};
