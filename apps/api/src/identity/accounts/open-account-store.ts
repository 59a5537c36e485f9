import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AccountsLocation } from '../../config/stores.js';
import type { AccountStore } from './account-store.port.js';
import { PostgresAccountStore } from './postgres-account-store.js';
import { SqliteAccountStore } from './sqlite-account-store.js';

/** The account store at its location (accountsLocation): the API and the CLI open it alike. */
export async function openAccountStore(location: AccountsLocation): Promise<AccountStore> {
  if (location.engine === 'postgres') return PostgresAccountStore.open(location.url);
  mkdirSync(dirname(location.filename), { recursive: true });
  return new SqliteAccountStore(location.filename);
}
