import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTokenSecret } from './token-secret.js';

describe('the token secret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-secret-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is made once with real entropy, kept owner-only in DATA_DIR, and read back on the next start', () => {
    const made = resolveTokenSecret(undefined, dataDir);
    expect(made.length).toBeGreaterThanOrEqual(64);
    expect(new Set(made).size).toBeGreaterThanOrEqual(16);
    expect(statSync(join(dataDir, 'token-secret')).mode & 0o777).toBe(0o600);
    expect(resolveTokenSecret(undefined, dataDir)).toBe(made);
    expect(readFileSync(join(dataDir, 'token-secret'), 'utf8')).toBe(made);
  });

  it('refuses a kept secret someone made weak by hand, saying how to get a new one', () => {
    writeFileSync(join(dataDir, 'token-secret'), 'a'.repeat(40));
    expect(() => resolveTokenSecret(undefined, dataDir)).toThrow(/weak token secret.*delete it/);
  });

  it('uses TOKEN_SECRET when set (the environment checks its strength)', () => {
    expect(resolveTokenSecret('Zq8vN2pLx4Rk7Tm1Wc9Yb3Hd6Gf0Js5A', dataDir)).toBe('Zq8vN2pLx4Rk7Tm1Wc9Yb3Hd6Gf0Js5A');
  });
});
