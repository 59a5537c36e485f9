import { afterAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClientKey } from './client-key.js';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-client-key-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const VARIABLE = 'OIDC_ELEG_PRIVATE_KEY_FILE';

describe('the private_key_jwt client key', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('signs with RS256 from an RSA key (PKCS#1 too) and publishes only the public half, named by its thumbprint', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' });
    const key = await loadClientKey(file('rsa.pem', rsa), VARIABLE);
    expect(key.publicJwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: key.kid });
    expect(key.publicJwk).not.toHaveProperty('d');
    expect(key.privateKey.algorithm.name).toBe('RSASSA-PKCS1-v1_5');
  });

  it('signs with ES256 from a P-256 key', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect((await loadClientKey(file('ec.pem', ec), VARIABLE)).publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
  });

  it('stops the start naming the variable when the file is missing, is no key, or holds another kind of key', async () => {
    await expect(loadClientKey(join(dir, 'missing.pem'), VARIABLE)).rejects.toThrow(
      /OIDC_ELEG_PRIVATE_KEY_FILE=".*missing.pem": not a readable private key/,
    );
    await expect(loadClientKey(file('text.pem', 'not a key'), VARIABLE)).rejects.toThrow(/OIDC_ELEG_PRIVATE_KEY_FILE=.*not a readable private key/);
    const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
    await expect(loadClientKey(file('ed.pem', ed), VARIABLE)).rejects.toThrow(/OIDC_ELEG_PRIVATE_KEY_FILE=.*must be an RSA or P-256 private key/);
  });
});
