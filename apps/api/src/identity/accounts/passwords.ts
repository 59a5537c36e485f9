import { hash, verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';

/** New hashes are argon2id (the library's default: 19 MiB, 2 passes, OWASP's minimum). */
export const hashPassword = (password: string): Promise<string> => hash(password);

const isBcrypt = (stored: string) => /^\$2[aby]\$/.test(stored);

/** A hash compared against when the user is unknown, so a wrong username costs as long as a wrong password. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Sb1S+wW3sYM4OsbPWdJE0Q$rUJa37gY98fvzSjYAAjgtuKlDOUrXaY8Ci6ZlWjS4Ik';

/** Checks a password against an argon2id hash or a bcrypt hash of an older install; `rehash` says the caller should store a new one. */
export const checkPassword = async (stored: string | null, password: string): Promise<{ ok: boolean; rehash: boolean }> => {
  if (stored && isBcrypt(stored)) {
    const ok = await bcrypt.compare(password, stored);
    return { ok, rehash: ok };
  }
  const ok = await verify(stored ?? DUMMY_HASH, password).catch(() => false);
  return { ok: ok && stored !== null, rehash: false };
};

/** A secret for a link or a cookie: 32 random bytes, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What is stored instead of a secret: the secret has full entropy, so a plain SHA-256 is enough. */
export const digestOf = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export const MIN_PASSWORD_LENGTH = 12;
