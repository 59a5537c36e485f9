import type pg from 'pg';

/**
 * Brings one component's tables (the accounts, the rate limits) to the latest of its migrations,
 * each entry moving it one version on; never edit one that shipped. Several instances may start at
 * once against one database: the DDL runs in one transaction under an advisory lock, so the first
 * migrates and the others wait, then find nothing left to do. The versions sit in
 * `account_schema_versions`, a name beside the event store's tables that clashes with none of them.
 */
export async function migratePostgres(pool: pg.Pool, component: string, migrations: readonly string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One lock for every component: CREATE TABLE IF NOT EXISTS alone still races on the catalogue.
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('samverkan:account-schema', 0))");
    await client.query('CREATE TABLE IF NOT EXISTS account_schema_versions (component text PRIMARY KEY, version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM account_schema_versions WHERE component = $1', [component]);
    const at = rows[0]?.version ?? 0;
    for (let version = at; version < migrations.length; version++) await client.query(migrations[version] as string);
    await client.query(
      `INSERT INTO account_schema_versions (component, version) VALUES ($1, $2)
       ON CONFLICT (component) DO UPDATE SET version = excluded.version`,
      [component, Math.max(at, migrations.length)],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** PostgreSQL's code for a unique violation (SQLSTATE 23505), with the constraint it names. */
export const uniqueViolation = (error: unknown): string | undefined => {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && typeof constraint === 'string' ? constraint : undefined;
};
