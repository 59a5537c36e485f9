import { redact } from '@samverkan/event-store';
import pg from 'pg';
import { migratePostgres } from '../../identity/accounts/postgres-schema.js';
import { AnnexFileStore, type StoredFile } from './annex-file-store.port.js';

/** Never edit one that shipped; add the next. */
const MIGRATIONS = [
  `CREATE TABLE annex_files (
     sha256 text PRIMARY KEY,
     media_type text NOT NULL,
     size bigint NOT NULL,
     content bytea NOT NULL
   )`,
];

/**
 * The files in the PostgreSQL database the accounts use (the event log's, when it is there), so
 * every instance behind the balancer serves the file another instance received. The hash is the
 * key: a second upload of the same bytes writes nothing.
 */
export class PostgresFileStore extends AnnexFileStore {
  private constructor(private readonly pool: pg.Pool) {
    super();
  }

  static async open(connectionString: string): Promise<PostgresFileStore> {
    const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool, 'annexFiles', MIGRATIONS);
    } catch (error) {
      await pool.end();
      throw new Error(`Cannot open the annex files at ${redact(connectionString)}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    return new PostgresFileStore(pool);
  }

  async put({ sha256, mediaType, bytes }: StoredFile): Promise<void> {
    await this.pool.query('INSERT INTO annex_files (sha256, media_type, size, content) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING', [
      sha256,
      mediaType,
      bytes.length,
      bytes,
    ]);
  }

  async get(sha256: string): Promise<StoredFile | undefined> {
    const { rows } = await this.pool.query<{ media_type: string; content: Buffer }>('SELECT media_type, content FROM annex_files WHERE sha256 = $1', [
      sha256,
    ]);
    const row = rows[0];
    return row && { sha256, mediaType: row.media_type, bytes: row.content };
  }

  async describe(sha256: string): Promise<{ mediaType: string; bytes: number } | undefined> {
    const { rows } = await this.pool.query<{ media_type: string; size: string }>('SELECT media_type, size FROM annex_files WHERE sha256 = $1', [sha256]);
    const row = rows[0];
    return row && { mediaType: row.media_type, bytes: Number(row.size) };
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}
