import type { ConfigService } from '@nestjs/config';
import { join } from 'node:path';
import { accountsLocation } from '../../config/stores.js';
import type { AnnexFileStore } from './annex-file-store.port.js';
import { DirectoryFileStore } from './directory-file-store.js';
import { PostgresFileStore } from './postgres-file-store.js';

/**
 * The files live where the accounts do (config/stores.ts): in PostgreSQL when the log or
 * ACCOUNTS_URL is there, so several instances see the same files; else in a directory of DATA_DIR.
 */
export function openAnnexFileStore(config: ConfigService): Promise<AnnexFileStore> | AnnexFileStore {
  const location = accountsLocation(config);
  if (location.engine === 'postgres') return PostgresFileStore.open(location.url);
  return new DirectoryFileStore(join(config.getOrThrow<string>('DATA_DIR'), 'annex-files'));
}
