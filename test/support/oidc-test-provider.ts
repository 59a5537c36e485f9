import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import type { Page } from 'playwright-core';
import Provider, { type Adapter, type AdapterPayload, type KoaContextWithOIDC } from 'oidc-provider';

/** A person who can sign in at the test provider. */
export interface TestProviderAccount {
  readonly sub: string;
  readonly username: string;
  readonly password: string;
  readonly email: string;
  readonly name: string;
}

export const ANNA: TestProviderAccount = {
  sub: 'anna-0001',
  username: 'anna',
  password: 'anna-losen',
  email: 'anna.andersson@lomma.se',
  name: 'Anna Andersson',
};

export type TestClient = {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
} & ({ readonly clientSecret: string } | { readonly privateKeyJwt: { readonly jwksUri: string } });

const LOA = (n: number) => `http://id.elegnamnden.se/loa/1.0/loa${n}`;

/** In-memory storage of one provider instance; clients are registered after start (the app's port comes later). */
class Storage {
  readonly entries = new Map<string, AdapterPayload>();
  readonly clients = new Map<string, AdapterPayload>();

  adapter(model: string): Adapter {
    const key = (id: string) => `${model}:${id}`;
    const entries = this.entries;
    const clients = this.clients;
    return {
      upsert: async (id, payload) => void entries.set(key(id), { ...payload }),
      find: async (id) => (model === 'Client' ? clients.get(id) : entries.get(key(id))),
      findByUserCode: async () => undefined,
      findByUid: async (uid) => [...entries.entries()].find(([k, p]) => k.startsWith(`${model}:`) && p.uid === uid)?.[1],
      consume: async (id) => {
        const payload = entries.get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => void entries.delete(key(id)),
      revokeByGrantId: async (grantId) => {
        for (const [k, p] of entries) if (p.grantId === grantId) entries.delete(k);
      },
    };
  }
}

const readForm = async (req: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The provider's own sign-in page: a form a browser (or a spec's fetch) fills with username and password. */
const loginPage = (uid: string, error?: string) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Testleverantörens inloggning</title></head>
<body><main><h1>Testleverantörens inloggning</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label>Användarnamn <input name="username" autocomplete="username" required></label>
<label>Lösenord <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Logga in</button>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Avbryt</button></form>
</main></body></html>`;

/**
 * A real OpenID provider (panva's oidc-provider, the certified one) on a free loopback port, for
 * specs that sign in through it: accounts with a password, the `acr`/`amr` a sign-in reports, codes
 * a spec can make expire, and a login form for Chromium. Plain http, which the app accepts only on
 * loopback.
 */
export class OidcTestProvider {
  /** What the next sign-in reports; a spec changes it to test the assurance check. */
  signInWith: { acr?: string; amr?: string[] } = { acr: LOA(3), amr: ['pwd', 'otp'] };
  /** Why the token endpoint refused, in the provider's words (a client only sees `invalid_grant`). */
  readonly grantRefusals: string[] = [];

  private constructor(
    readonly issuer: string,
    private readonly server: Server,
    private readonly storage: Storage,
  ) {}

  /**
   * `sendsEmailVerified: false` makes it answer as Microsoft Entra ID does: an `email`, but no
   * `email_verified` claim.
   */
  static async start(accounts: readonly TestProviderAccount[] = [ANNA], options: { sendsEmailVerified?: boolean } = {}): Promise<OidcTestProvider> {
    const storage = new Storage();
    let provider: Provider | undefined;
    let self: OidcTestProvider | undefined;
    const server = createServer((req, res) => void (self ? self.handle(provider!, accounts, req, res) : res.writeHead(503).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    provider = new Provider(issuer, {
      adapter: (model: string) => storage.adapter(model),
      jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('hex') }] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      pkce: { required: () => true },
      ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Grant: 3600, Session: 3600, Interaction: 600 },
      acrValues: [LOA(2), LOA(3), LOA(4)],
      // acr and amr in every ID token, as Entra ID and the e-legitimation brokers send them.
      claims: { openid: ['sub', 'acr', 'amr'], email: ['email', 'email_verified'], profile: ['name'], acr: null, amr: null },
      findAccount: (_ctx, sub) => {
        const account = accounts.find((a) => a.sub === sub);
        const verified = options.sendsEmailVerified === false ? {} : { email_verified: true };
        return account && { accountId: sub, claims: () => ({ sub, email: account.email, ...verified, name: account.name }) };
      },
      // No consent screen: the municipality's own provider trusts its own relying party.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const grant = new ctx.oidc.provider.Grant({ accountId: ctx.oidc.session!.accountId, clientId: ctx.oidc.client!.clientId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
    self = new OidcTestProvider(issuer, server, storage);
    const refusals = self.grantRefusals;
    provider.on('grant.error', (_ctx, error: { error_detail?: string; message: string }) => refusals.push(error.error_detail ?? error.message));
    return self;
  }

  /** Registers a confidential client for the app's redirect URIs: client_secret_basic, or private_key_jwt with the app's JWKS URL. */
  registerClient(client: TestClient): void {
    const authentication =
      'clientSecret' in client
        ? { client_secret: client.clientSecret, token_endpoint_auth_method: 'client_secret_basic' as const }
        : { jwks_uri: client.privateKeyJwt.jwksUri, token_endpoint_auth_method: 'private_key_jwt' as const };
    this.storage.clients.set(client.clientId, {
      client_id: client.clientId,
      redirect_uris: [...client.redirectUris],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      ...authentication,
    });
  }

  /** Every authorization code issued so far is now past its lifetime (as if the person waited). */
  expireIssuedCodes(): void {
    for (const [key, payload] of this.storage.entries) if (key.startsWith('AuthorizationCode:')) payload.exp = Math.floor(Date.now() / 1000) - 1;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(provider: Provider, accounts: readonly TestProviderAccount[], req: IncomingMessage, res: ServerResponse): Promise<void> {
    const interaction = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(req.url ?? '');
    if (!interaction) return void provider.callback()(req, res);
    const [, uid, action] = interaction;
    try {
      if (req.method === 'GET' && !action) {
        await provider.interactionDetails(req, res);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid!));
      } else if (req.method === 'POST' && action === 'login') {
        const form = await readForm(req);
        const account = accounts.find((a) => a.username === form.get('username') && a.password === form.get('password'));
        if (!account)
          return void res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid!, 'Fel användarnamn eller lösenord.'));
        await provider.interactionFinished(req, res, { login: { accountId: account.sub, ...this.signInWith } }, { mergeWithLastSubmission: false });
      } else if (req.method === 'POST' && action === 'abort') {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The person cancelled the sign-in' },
          { mergeWithLastSubmission: false },
        );
      } else {
        res.writeHead(405).end();
      }
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
    }
  }
}

/**
 * A browser reduced to what a sign-in needs: a cookie jar (by host, as browsers keep cookies) and
 * redirects followed one at a time, so a spec can stop at any hop and tamper with it.
 */
export class ManualBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /** Follows redirects from `url` until one leads to a URL `stop` accepts (not requested) or a page answers. */
  async follow(url: string, stop: (next: URL) => boolean = () => false): Promise<{ url: URL; response?: Response }> {
    let current = new URL(url);
    for (let hop = 0; hop < 20; hop++) {
      if (stop(current)) return { url: current };
      const response = await this.get(current.href);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current);
    }
    throw new Error(`More than 20 redirects from ${url}`);
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.cookiesOf(host).set(name, value);
  }

  deleteCookie(host: string, name: string): void {
    this.cookiesOf(host).delete(name);
  }

  private cookiesOf(host: string): Map<string, string> {
    let cookies = this.jar.get(host);
    if (!cookies) this.jar.set(host, (cookies = new Map()));
    return cookies;
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const { hostname } = new URL(url);
    const cookies = [...this.cookiesOf(hostname)].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookies) headers.set('cookie', cookies);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair!.slice(0, pair!.indexOf('=')).trim();
      const value = pair!.slice(pair!.indexOf('=') + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]!).getTime() < Date.now()),
      );
      if (expired || value === '') this.cookiesOf(hostname).delete(name);
      else this.cookiesOf(hostname).set(name, value);
    }
    return response;
  }
}

/** A loopback port free right now: the app's PUBLIC_URL must be known before it starts listening. */
export const freeLoopbackPort = async (): Promise<number> => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
};

/** In Chromium: signs in at the test provider's form (the page must be on it, or on its way to it). */
export const signInAtTestProvider = async (page: Page, issuer: string, account: TestProviderAccount = ANNA): Promise<void> => {
  await page.waitForURL((url) => url.href.startsWith(`${issuer}/interaction/`));
  await page.getByLabel('Användarnamn').fill(account.username);
  await page.getByLabel('Lösenord').fill(account.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
};
