import * as client from 'openid-client';
import type { ExternalIdentity } from '../external-sign-in.js';
import type { ClientKey } from './client-key.js';
import { meetsMinimumAcr } from './assurance.js';
import { isLoopbackHttp, type OidcProviderSettings } from './oidc.settings.js';
import { SignInFailure } from './sign-in-failure.js';
import type { OidcTransaction } from './transaction-cookie.js';

/** Failures of the provider or the network, not of the answer's authenticity. */
const TRANSPORT = new Set([
  'OAUTH_RESPONSE_IS_NOT_CONFORM',
  'OAUTH_RESPONSE_IS_NOT_JSON',
  'OAUTH_PARSE_ERROR',
  'OAUTH_HTTP_REQUEST_FORBIDDEN',
  'OAUTH_REQUEST_PROTOCOL_FORBIDDEN',
]);

/** The message and its causes (a failed fetch says why only in its cause: ECONNREFUSED, a timeout). */
const describe = (error: unknown): string => {
  const messages: string[] = [];
  for (
    let e = error as { message?: unknown; cause?: unknown } | undefined;
    typeof e?.message === 'string' && messages.length < 4;
    e = e.cause as typeof e
  ) {
    messages.push(e.message);
  }
  return messages.join(': ');
};

const withDescription = (error: string, description: string | undefined) => `error=${error}${description ? ` (${description})` : ''}`;

/** What openid-client refused, as the failure the person is shown and the reason that is logged. */
const classify = (error: unknown): SignInFailure => {
  if (error instanceof SignInFailure) return error;
  if (error instanceof client.AuthorizationResponseError) {
    const reason = `the provider answered ${withDescription(error.error, error.error_description)}`;
    return new SignInFailure(error.error === 'access_denied' ? 'inloggningen-avbrots' : 'tjansten-svarar-inte', reason);
  }
  if (error instanceof client.ResponseBodyError) {
    return new SignInFailure(
      error.error === 'invalid_grant' ? 'koden-ogiltig' : 'tjansten-svarar-inte',
      `the token endpoint answered ${withDescription(error.error, error.error_description)}`,
    );
  }
  if (error instanceof client.ClientError && !TRANSPORT.has(error.code ?? '')) return new SignInFailure('ogiltigt-svar', describe(error));
  return new SignInFailure('tjansten-svarar-inte', describe(error));
};

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The provider's own word on the e-mail address; without one, the municipality's (OIDC_<ID>_TRUST_EMAIL). */
const emailVerified = (profile: Record<string, unknown>, trustEmail: boolean): boolean | undefined => {
  if (typeof profile.email_verified === 'boolean') return profile.email_verified;
  return trustEmail && typeof profile.email === 'string' ? true : undefined;
};

/**
 * One configured identity provider, spoken to with openid-client: authorization code flow, with
 * PKCE (S256) always, since Entra ID supports it without announcing it in its discovery document,
 * and state and nonce always. Discovery happens at the first sign-in rather than at start, so a
 * provider that is down when Samverkan starts costs its buttons, not the start; a failed discovery
 * is tried again at the next sign-in.
 */
export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcProviderSettings,
    /** With `private_key_jwt`. */
    readonly clientKey?: ClientKey,
  ) {}

  async authorizationUrl(transaction: OidcTransaction): Promise<URL> {
    const config = await this.discovered();
    return client.buildAuthorizationUrl(config, {
      response_type: 'code',
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
      ...(this.settings.acrValues ? { acr_values: this.settings.acrValues } : {}),
    });
  }

  /** Verifies the answer at `callbackUrl` against the transaction and returns who the provider vouched for. */
  async verify(callbackUrl: URL, transaction: OidcTransaction): Promise<ExternalIdentity> {
    try {
      const config = await this.discovered();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new SignInFailure('ogiltigt-svar', 'no ID token in the token response');
      const acr = stringOrUndefined(claims.acr);
      if (!meetsMinimumAcr(acr, this.settings.minAcr)) {
        throw new SignInFailure('for-svag-inloggning', `acr ${acr ?? '(none)'} is below the minimum ${this.settings.minAcr}`);
      }
      const profile = await this.profile(config, claims, tokens.access_token);
      const amr = Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === 'string') : undefined;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: stringOrUndefined(profile.email),
        emailVerified: emailVerified(profile, this.settings.trustEmail),
        name: stringOrUndefined(profile.name),
        acr,
        amr,
      };
    } catch (error) {
      throw classify(error);
    }
  }

  /**
   * Name and e-mail from the ID token (Entra puts them there), else from the userinfo endpoint
   * (oidc-provider and some brokers keep the ID token lean). `preferred_username` is Entra's
   * sign-in name, often the e-mail address, but not verified as one, so it is not used as one.
   */
  private async profile(config: client.Configuration, claims: client.IDToken, accessToken: string): Promise<Record<string, unknown>> {
    if (claims.email !== undefined || claims.name !== undefined || !config.serverMetadata().userinfo_endpoint) return claims;
    return { ...(await client.fetchUserInfo(config, accessToken, claims.sub)), ...claims };
  }

  private discovered(): Promise<client.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret, clientAuth } = this.settings;
      const authentication = this.clientKey
        ? client.PrivateKeyJwt({ key: this.clientKey.privateKey, kid: this.clientKey.kid })
        : clientAuth === 'client_secret_post'
          ? client.ClientSecretPost(clientSecret)
          : client.ClientSecretBasic(clientSecret);
      this.configuration = client
        .discovery(new URL(issuer), clientId, undefined, authentication, {
          execute: isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [],
          timeout: 10,
        })
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw new SignInFailure('tjansten-svarar-inte', `discovery at ${issuer} failed: ${describe(error)}`);
        });
    }
    return this.configuration;
  }
}
