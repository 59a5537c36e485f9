import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret that signs access tokens: TOKEN_SECRET when set, otherwise one made on first start and
 * kept (mode 0600) beside the event store, so tokens survive a restart without any setup.
 */
export const resolveTokenSecret = (configured: string | undefined, dataDir: string): string => {
  if (configured) return configured;
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return strongOrRefused(readFileSync(file, 'utf8').trim(), file);
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
};

/** A kept secret someone edited by hand is held to the same bar as TOKEN_SECRET (environment.ts). */
const strongOrRefused = (secret: string, file: string): string => {
  if (secret.length < 32 || new Set(secret).size < 16)
    throw new Error(`${file} holds a weak token secret (fewer than 32 characters or 16 distinct ones); delete it to have a new one made.`);
  return secret;
};
