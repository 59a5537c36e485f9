import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateIf, validateSync } from 'class-validator';

/**
 * The identity providers a municipality configured, read from the environment at start (README:
 * "Sign-in with an identity provider"). `OIDC_PROVIDERS=entra,freja` names them; each has its own
 * `OIDC_<ID>_*` settings. A wrong or missing setting stops the start with a message naming the variable.
 */
export interface OidcSettings {
  /** Where the browser reaches Samverkan, without a trailing slash: `https://samverkan.lomma.se`. */
  readonly publicUrl: string;
  readonly providers: readonly OidcProviderSettings[];
}

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';

export interface OidcProviderSettings {
  readonly id: string;
  readonly issuer: string;
  readonly clientId: string;
  /** For `client_secret_basic` and `client_secret_post`. */
  readonly clientSecret?: string;
  readonly clientAuth: ClientAuthMethod;
  /** For `private_key_jwt`: a PEM file with an RSA or P-256 private key (client-key.ts). */
  readonly privateKeyFile?: string;
  /** The sign-in button's text. */
  readonly name: string;
  readonly scopes: string;
  /** Sent as `acr_values` when set (space-separated, in order of preference). */
  readonly acrValues?: string;
  /** The weakest `acr` accepted in the ID token; none means any (see assurance.ts). */
  readonly minAcr?: string;
  /**
   * Take the provider's `email` as verified when it sends no `email_verified` claim, for matching
   * invitations. Microsoft Entra ID sends none, yet its tenant controls its users' addresses; a
   * provider that anyone can register an address with must keep this off (the default).
   */
  readonly trustEmail: boolean;
  /** `${publicUrl}/api/auth/oidc/<id>/callback`, to be registered at the provider. */
  readonly redirectUri: string;
}

const ID = /^[a-z][a-z0-9-]{0,31}$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain http only on loopback (the test provider), never towards a real provider or browser. */
export const isLoopbackHttp = (url: string): boolean => {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
};

const URL_OPTIONS = { require_protocol: true, require_tld: false, protocols: ['https', 'http'] };

class PublicUrlSetting {
  @IsUrl(URL_OPTIONS)
  @Matches(/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$))/, { message: '$property must use https (plain http only on loopback)' })
  @Matches(/^[^?#]*[^/?#]$/, { message: '$property must have no query, fragment or trailing slash' })
  PUBLIC_URL!: string;
}

class ProviderSettingsInput {
  @IsUrl(URL_OPTIONS)
  @Matches(/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$))/, { message: '$property must use https (plain http only on loopback)' })
  ISSUER!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  CLIENT_ID!: string;

  @ValidateIf((s: ProviderSettingsInput) => s.CLIENT_AUTH !== 'private_key_jwt')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  CLIENT_SECRET?: string;

  @IsIn(['client_secret_basic', 'client_secret_post', 'private_key_jwt'])
  CLIENT_AUTH: ClientAuthMethod = 'client_secret_basic';

  @ValidateIf((s: ProviderSettingsInput) => s.CLIENT_AUTH === 'private_key_jwt')
  @IsString()
  @IsNotEmpty()
  PRIVATE_KEY_FILE?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  NAME!: string;

  @Matches(/^(\S+ )*\S+$/, { message: '$property must be scopes separated by single spaces' })
  @Matches(/(^| )openid( |$)/, { message: '$property must include openid' })
  SCOPES = 'openid email profile';

  @IsOptional()
  @Matches(/^(\S+ )*\S+$/, { message: '$property must be values separated by single spaces' })
  ACR_VALUES?: string;

  @IsOptional()
  @Matches(/^\S+$/, { message: '$property must be one acr value' })
  MIN_ACR?: string;

  @IsIn(['true', 'false'], { message: '$property must be true or false' })
  TRUST_EMAIL: 'true' | 'false' = 'false';
}

const FIELDS = [
  'ISSUER',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'CLIENT_AUTH',
  'PRIVATE_KEY_FILE',
  'NAME',
  'SCOPES',
  'ACR_VALUES',
  'MIN_ACR',
  'TRUST_EMAIL',
] as const;

const prefixOf = (id: string) => `OIDC_${id.toUpperCase().replaceAll('-', '_')}_`;

const failure = (lines: string[]) => new Error(`Invalid configuration in the environment:\n${lines.join('\n')}`);

const validated = <T extends object>(
  type: new () => T,
  input: Record<string, unknown>,
  variable: (property: string) => string,
  raw: Record<string, unknown>,
): T => {
  const value = plainToInstance(type, input, { exposeDefaultValues: true });
  const errors = validateSync(value, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw failure(
      errors.map((e) => {
        const name = variable(e.property);
        const messages = Object.values(e.constraints ?? {}).map((m) => (m.startsWith(`${e.property} `) ? name + m.slice(e.property.length) : m));
        return `  ${name}=${JSON.stringify(raw[name])}: ${messages.join('; ')}`;
      }),
    );
  }
  return value;
};

const present = (raw: Record<string, string | undefined>, key: string) => (raw[key] === undefined || raw[key] === '' ? undefined : raw[key]);

const providerSettings = (id: string, publicUrl: string, raw: Record<string, string | undefined>): OidcProviderSettings => {
  const prefix = prefixOf(id);
  const input = Object.fromEntries(FIELDS.map((f) => [f, present(raw, prefix + f)]).filter(([, v]) => v !== undefined));
  const s = validated(ProviderSettingsInput, input, (p) => prefix + p, raw);
  return {
    id,
    issuer: s.ISSUER,
    clientId: s.CLIENT_ID,
    ...(s.CLIENT_AUTH === 'private_key_jwt' ? { privateKeyFile: s.PRIVATE_KEY_FILE } : { clientSecret: s.CLIENT_SECRET }),
    clientAuth: s.CLIENT_AUTH,
    name: s.NAME,
    scopes: s.SCOPES,
    // Ask for the level that will be demanded, unless the municipality lists what to ask for.
    acrValues: s.ACR_VALUES ?? s.MIN_ACR,
    minAcr: s.MIN_ACR,
    trustEmail: s.TRUST_EMAIL === 'true',
    redirectUri: `${publicUrl}/api/auth/oidc/${id}/callback`,
  };
};

/** The variable that names a provider's setting, for messages: `OIDC_E_LEG_PRIVATE_KEY_FILE`. */
export const oidcVariable = (id: string, field: (typeof FIELDS)[number]) => prefixOf(id) + field;

/** No `OIDC_PROVIDERS` means no identity provider: sign-in with local accounts only. */
export const parseOidcSettings = (raw: Record<string, string | undefined>): OidcSettings => {
  const list = present(raw, 'OIDC_PROVIDERS');
  if (list === undefined) return { publicUrl: '', providers: [] };
  const ids = list.split(',').map((id) => id.trim());
  const wrong = ids.filter((id) => !ID.test(id));
  if (wrong.length > 0 || new Set(ids).size !== ids.length) {
    throw failure([`  OIDC_PROVIDERS=${JSON.stringify(list)}: must be distinct ids (a-z, 0-9, -; at most 32 characters) separated by commas`]);
  }
  const { PUBLIC_URL } = validated(PublicUrlSetting, { PUBLIC_URL: present(raw, 'PUBLIC_URL') }, (p) => p, raw);
  return { publicUrl: PUBLIC_URL, providers: ids.map((id) => providerSettings(id, PUBLIC_URL, raw)) };
};
