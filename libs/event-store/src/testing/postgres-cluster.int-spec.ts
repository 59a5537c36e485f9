import { existsSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startPostgresCluster } from './postgres-cluster.js';

describe('a throwaway PostgreSQL cluster', () => {
  it('starts on a loopback port, gives empty databases, and is gone once stopped', async () => {
    const cluster = await startPostgresCluster();
    try {
      const url = await cluster.createDatabase('probe');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ db: string; tables: string }>(
        "SELECT current_database() AS db, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')::text AS tables",
      );
      await client.end();
      expect(rows[0]).toEqual({ db: 'probe_1', tables: '0' });
      expect(url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/probe_1`);
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.dir)).toBe(false);
    await expect(new pg.Client({ connectionString: cluster.url() }).connect()).rejects.toThrow();
  }, 120_000);
});
