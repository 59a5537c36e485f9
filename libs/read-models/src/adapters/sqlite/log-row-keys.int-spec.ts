import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type Database from 'better-sqlite3';
import { LogRowKeys } from './log-row-keys.js';
import { openReadModelDatabase } from './read-store-schema.js';
import { prepareReadStoreStatements } from './read-store-statements.js';

let db: Database.Database;
let keys: LogRowKeys;
const stored = () => db.prepare<[], { key: number; value: string }>('SELECT key, value FROM rm_keys ORDER BY key').all();

beforeEach(() => {
  db = openReadModelDatabase(':memory:', { busyTimeoutMs: 0 });
  keys = new LogRowKeys(prepareReadStoreStatements(db));
});
afterEach(() => {
  db.close();
});

describe('log row keys', () => {
  it('interns each text once, whichever way a row names it', () => {
    const f1 = keys.ofStream('focus-area-f1');
    const a1 = keys.named(f1, 'agreement', 'a1');
    expect(keys.named(keys.ofStream('agreement-a1'), 'agreement', 'a1')).toBe(a1);
    expect(keys.named(f1, 'focusArea', 'f1')).toBe(keys.named(keys.ofStream('focus-area-f2'), 'focusArea', 'f1'));
    expect(keys.ofFew('police')).toBe(keys.ofFew('police'));
    expect(
      stored()
        .map((row) => row.value)
        .sort(),
    ).toEqual(['a1', 'agreement-a1', 'f1', 'focus-area-f1', 'focus-area-f2', 'police']);
  });

  it('gives a stream’s row a different agreement’s key when the row names another agreement than the last', () => {
    const stream = keys.ofStream('focus-area-f1');
    const a1 = keys.named(stream, 'agreement', 'a1');
    const a2 = keys.named(stream, 'agreement', 'a2');
    expect(a2).not.toBe(a1);
    expect(keys.named(stream, 'agreement', 'a1')).toBe(a1);
    expect(keys.named(stream, 'agreement', null)).toBeNull();
    expect(keys.ofFew(undefined)).toBeNull();
  });

  it('after a rollback, interns again what the rollback undid and finds what was committed', () => {
    const committed = keys.ofFew('police');
    db.exec('BEGIN');
    keys.ofFew('municipality');
    keys.ofStream('focus-area-f9');
    db.exec('ROLLBACK');
    keys.forget();
    expect(keys.ofFew('police')).toBe(committed);
    const again = keys.ofFew('municipality');
    expect(stored()).toEqual([
      { key: committed, value: 'police' },
      { key: again, value: 'municipality' },
    ]);
    expect(stored().map((row) => row.value)).not.toContain('focus-area-f9');
    const f9 = keys.ofStream('focus-area-f9').stream;
    expect(stored().find((row) => row.key === f9)?.value).toBe('focus-area-f9');
  });
});
