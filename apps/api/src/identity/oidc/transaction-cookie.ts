import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { SignInFailure } from './sign-in-failure.js';

/** What the callback needs to verify the answer to the request this browser started. */
export interface OidcTransaction {
  readonly provider: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** A same-origin path to land on after signing in. */
  readonly returnTo: string;
  /** Epoch seconds. */
  readonly createdAt: number;
}

export const TRANSACTION_COOKIE = 'samverkan_oidc';
/** Long enough to sign in with an e-legitimation app, short enough that a stolen cookie soon dies. */
export const TRANSACTION_TTL_SECONDS = 10 * 60;
/** Sent only to the callbacks, never to the API. */
export const TRANSACTION_COOKIE_PATH = '/api/auth/oidc';

/**
 * The transaction travels in the browser, encrypted and authenticated (JWE, dir + A256GCM) with a
 * key derived from the token secret: nothing to store server-side, nothing readable or forgeable
 * by the browser, and it survives a restart of the API in the middle of a sign-in.
 */
export class TransactionSealer {
  private readonly key: Uint8Array;

  constructor(tokenSecret: string) {
    this.key = new Uint8Array(hkdfSync('sha256', tokenSecret, 'samverkan', 'oidc-transaction-cookie', 32));
  }

  seal(transaction: OidcTransaction): Promise<string> {
    return new EncryptJWT({ ...transaction })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(transaction.createdAt)
      .setExpirationTime(transaction.createdAt + TRANSACTION_TTL_SECONDS)
      .encrypt(this.key);
  }

  /** The transaction of this provider's flow, or a SignInFailure saying why there is none. */
  async open(sealed: string | undefined, provider: string, now: Date): Promise<OidcTransaction> {
    if (!sealed) throw new SignInFailure('inloggningen-gick-ut', 'no transaction cookie');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtDecrypt(sealed, this.key, { currentDate: now, keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] }));
    } catch (error) {
      throw new SignInFailure('inloggningen-gick-ut', `transaction cookie refused: ${(error as Error).message}`);
    }
    const transaction = payload as unknown as OidcTransaction;
    if (transaction.provider !== provider) {
      throw new SignInFailure('ogiltigt-svar', `transaction started for provider ${transaction.provider}, answered at ${provider}`);
    }
    return transaction;
  }
}
