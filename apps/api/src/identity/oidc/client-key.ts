import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';

/** The key Samverkan signs its client assertions with (`private_key_jwt`), and its public half for the provider. */
export interface ClientKey {
  readonly privateKey: CryptoKey;
  readonly kid: string;
  /** Published at `/api/auth/oidc/<id>/jwks` for a provider that fetches it (`jwks_uri`), or registered by hand. */
  readonly publicJwk: JWK;
}

const invalid = (variable: string, file: string, why: string) =>
  new Error(`Invalid configuration in the environment:\n  ${variable}=${JSON.stringify(file)}: ${why}`);

/** RSA signs with RS256 and P-256 with ES256: what every provider that takes private_key_jwt accepts. */
const algorithmOf = (key: KeyObject): 'RS256' | 'ES256' | undefined => {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  return undefined;
};

/** Reads the key at start (PEM: PKCS#8, PKCS#1 or SEC1), so a missing or wrong file stops the start naming the variable. */
export const loadClientKey = async (file: string, variable: string): Promise<ClientKey> => {
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalid(variable, file, `not a readable private key in PEM (${(error as Error).message})`);
  }
  const alg = algorithmOf(key);
  if (!alg) throw invalid(variable, file, 'must be an RSA or P-256 private key');
  const publicJwk = await exportJWK(createPublicKey(key));
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateKey = await importPKCS8(key.export({ type: 'pkcs8', format: 'pem' }).toString(), alg);
  return { privateKey, kid, publicJwk: { ...publicJwk, kid, alg, use: 'sig' } };
};
