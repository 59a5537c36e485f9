import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteOutbox } from './sqlite-outbox.js';
import { describeOutboxContract } from './testing/outbox-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-outbox-'));
let made = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One instance's own file (the accounts in SQLite): each test a new file, opened again as a restart would.
describeOutboxContract('SqliteOutbox', async () => {
  const file = join(dir, `notifications-${++made}.sqlite`);
  return async () => new SqliteOutbox(file);
});
