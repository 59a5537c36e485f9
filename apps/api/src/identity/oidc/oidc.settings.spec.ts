import { describe, expect, it } from '@jest/globals';
import { parseOidcSettings } from './oidc.settings.js';

const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';

const entra = {
  PUBLIC_URL: 'https://samverkan.lomma.se',
  OIDC_PROVIDERS: 'entra',
  OIDC_ENTRA_ISSUER: 'https://login.microsoftonline.com/7c1e2a3b-0000-4000-8000-000000000001/v2.0',
  OIDC_ENTRA_CLIENT_ID: '3f9d0c1e-0000-4000-8000-000000000002',
  OIDC_ENTRA_CLIENT_SECRET: 'hemligt',
  OIDC_ENTRA_NAME: 'Logga in med Lomma kommuns konto',
};

describe('the identity providers in the environment', () => {
  it('configures none when OIDC_PROVIDERS is not set, and then needs no PUBLIC_URL', () => {
    expect(parseOidcSettings({}).providers).toEqual([]);
    expect(parseOidcSettings({ OIDC_PROVIDERS: '' }).providers).toEqual([]);
  });

  it('reads each provider with its defaults and its redirect URI under PUBLIC_URL', () => {
    const settings = parseOidcSettings(entra);
    expect(settings.providers).toEqual([
      {
        id: 'entra',
        issuer: entra.OIDC_ENTRA_ISSUER,
        clientId: entra.OIDC_ENTRA_CLIENT_ID,
        clientSecret: 'hemligt',
        clientAuth: 'client_secret_basic',
        name: 'Logga in med Lomma kommuns konto',
        scopes: 'openid email profile',
        acrValues: undefined,
        minAcr: undefined,
        trustEmail: false,
        redirectUri: 'https://samverkan.lomma.se/api/auth/oidc/entra/callback',
      },
    ]);
  });

  it('asks for the minimum assurance level unless told what to ask for, with ids that may hold a dash', () => {
    const env = {
      PUBLIC_URL: 'https://samverkan.lomma.se',
      OIDC_PROVIDERS: 'entra, e-leg',
      ...Object.fromEntries(Object.entries(entra).filter(([k]) => k.startsWith('OIDC_ENTRA_'))),
      OIDC_E_LEG_ISSUER: 'https://broker.example.se/oidc',
      OIDC_E_LEG_CLIENT_ID: 'samverkan',
      OIDC_E_LEG_CLIENT_SECRET: 'hemligt',
      OIDC_E_LEG_CLIENT_AUTH: 'client_secret_post',
      OIDC_E_LEG_NAME: 'Logga in med e-legitimation',
      OIDC_E_LEG_SCOPES: 'openid profile',
      OIDC_E_LEG_MIN_ACR: LOA3,
    };
    const broker = parseOidcSettings(env).providers[1]!;
    expect(broker).toMatchObject({ id: 'e-leg', clientAuth: 'client_secret_post', scopes: 'openid profile', acrValues: LOA3, minAcr: LOA3 });
    expect(parseOidcSettings({ ...env, OIDC_E_LEG_ACR_VALUES: `${LOA3} urn:other` }).providers[1]!.acrValues).toBe(`${LOA3} urn:other`);
  });

  it('stops the start naming each wrong or missing variable', () => {
    expect(() => parseOidcSettings({ ...entra, OIDC_ENTRA_CLIENT_SECRET: '', OIDC_ENTRA_SCOPES: 'email profile' })).toThrow(
      /OIDC_ENTRA_CLIENT_SECRET="": .*OIDC_ENTRA_CLIENT_SECRET should not be empty.*\n.*OIDC_ENTRA_SCOPES="email profile": OIDC_ENTRA_SCOPES must include openid/s,
    );
    expect(() => parseOidcSettings({ ...entra, OIDC_ENTRA_CLIENT_AUTH: 'tls_client_auth' })).toThrow(/OIDC_ENTRA_CLIENT_AUTH="tls_client_auth"/);
    expect(() => parseOidcSettings({ ...entra, OIDC_PROVIDERS: 'Entra' })).toThrow(/OIDC_PROVIDERS="Entra"/);
    expect(() => parseOidcSettings({ ...entra, OIDC_PROVIDERS: 'entra,entra' })).toThrow(/OIDC_PROVIDERS/);
  });

  it('takes a private key file instead of a secret for private_key_jwt, and requires one', () => {
    const { OIDC_ENTRA_CLIENT_SECRET: _secret, ...withoutSecret } = entra;
    const keyed = parseOidcSettings({
      ...withoutSecret,
      OIDC_ENTRA_CLIENT_AUTH: 'private_key_jwt',
      OIDC_ENTRA_PRIVATE_KEY_FILE: '/etc/samverkan/entra.pem',
    });
    expect(keyed.providers[0]).toMatchObject({ clientAuth: 'private_key_jwt', privateKeyFile: '/etc/samverkan/entra.pem' });
    expect(keyed.providers[0]).not.toHaveProperty('clientSecret');
    expect(() => parseOidcSettings({ ...withoutSecret, OIDC_ENTRA_CLIENT_AUTH: 'private_key_jwt' })).toThrow(/OIDC_ENTRA_PRIVATE_KEY_FILE=undefined/);
    expect(() => parseOidcSettings(withoutSecret)).toThrow(/OIDC_ENTRA_CLIENT_SECRET=undefined/);
  });

  it("trusts a provider's e-mail addresses only when told to (Entra sends no email_verified), with true or false", () => {
    expect(parseOidcSettings({ ...entra, OIDC_ENTRA_TRUST_EMAIL: 'true' }).providers[0]!.trustEmail).toBe(true);
    expect(parseOidcSettings({ ...entra, OIDC_ENTRA_TRUST_EMAIL: 'false' }).providers[0]!.trustEmail).toBe(false);
    expect(() => parseOidcSettings({ ...entra, OIDC_ENTRA_TRUST_EMAIL: 'yes' })).toThrow(
      /OIDC_ENTRA_TRUST_EMAIL="yes": OIDC_ENTRA_TRUST_EMAIL must be true or false/,
    );
  });

  it('refuses plain http towards a provider or the browser, except on loopback', () => {
    expect(() => parseOidcSettings({ ...entra, OIDC_ENTRA_ISSUER: 'http://login.example.se' })).toThrow(/OIDC_ENTRA_ISSUER=.*https/);
    expect(() => parseOidcSettings({ ...entra, PUBLIC_URL: 'http://samverkan.lomma.se' })).toThrow(/PUBLIC_URL=.*https/);
    expect(() => parseOidcSettings({ ...entra, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL=undefined/);
    expect(() => parseOidcSettings({ ...entra, PUBLIC_URL: 'https://samverkan.lomma.se/' })).toThrow(/PUBLIC_URL=.*trailing slash/);
    const local = parseOidcSettings({ ...entra, PUBLIC_URL: 'http://127.0.0.1:3000', OIDC_ENTRA_ISSUER: 'http://localhost:4000' });
    expect(local.providers[0]!.redirectUri).toBe('http://127.0.0.1:3000/api/auth/oidc/entra/callback');
  });
});
