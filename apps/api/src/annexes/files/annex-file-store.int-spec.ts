import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnexFileStore } from './annex-file-store.port.js';
import { DirectoryFileStore } from './directory-file-store.js';
import { PostgresFileStore } from './postgres-file-store.js';

const file = (text: string, mediaType = 'text/plain') => {
  const bytes = Buffer.from(text, 'utf8');
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mediaType, bytes };
};

/** One behaviour for both homes of the files. */
const contract = (name: string, open: () => Promise<AnnexFileStore>) =>
  describe(name, () => {
    let store: AnnexFileStore;
    beforeAll(async () => {
      store = await open();
    }, 120_000);
    afterAll(() => store.close());

    it('gives back the bytes and media type kept under a hash', async () => {
      const kept = file('Lägesbild 2025');
      await store.put(kept);
      expect(await store.get(kept.sha256)).toEqual(kept);
      expect(await store.describe(kept.sha256)).toEqual({ mediaType: 'text/plain', bytes: kept.bytes.length });
    });

    it('keeps the first upload when the same bytes come again', async () => {
      const first = file('Åtgärdsplan');
      await store.put(first);
      await store.put({ ...first, mediaType: 'application/pdf' });
      expect((await store.get(first.sha256))?.mediaType).toBe('text/plain');
    });

    it('knows nothing of a hash never kept', async () => {
      expect(await store.get('0'.repeat(64))).toBeUndefined();
      expect(await store.describe('0'.repeat(64))).toBeUndefined();
    });
  });

describe('annex file stores', () => {
  const directory = mkdtempSync(join(tmpdir(), 'annex-files-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  contract('a directory of DATA_DIR', async () => new DirectoryFileStore(directory));

  it('a directory keeps one copy of bytes uploaded twice', async () => {
    const store = new DirectoryFileStore(join(directory, 'once'));
    const kept = file('Medborgarlöfte');
    await store.put(kept);
    await store.put(kept);
    expect(readdirSync(join(directory, 'once', kept.sha256.slice(0, 2))).filter((n) => n === kept.sha256)).toHaveLength(1);
  });
});

describe('annex file stores on PostgreSQL', () => {
  let cluster: PostgresCluster | undefined;
  afterAll(async () => {
    await cluster?.stop();
  });
  contract('a PostgreSQL table', async () => {
    cluster = await startPostgresCluster();
    return PostgresFileStore.open(await cluster.createDatabase('annexfiles'));
  });
});
