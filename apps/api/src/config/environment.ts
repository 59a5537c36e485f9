import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';
import { parseEventStoreUrl } from '@samverkan/event-store';
import type { SqliteDurability } from '@samverkan/event-store/sqlite';
import { DEFAULT_SNAPSHOT_EVERY } from '@samverkan/read-models/sqlite';
import { parseAccountsUrl } from './stores.js';

/** Every setting the API reads from its environment, validated at start (README: "Configuration"). */
export class Environment {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * The address to listen on. Unset: every interface, IPv6 and IPv4 (Node's default), so the quick
   * start is reachable from a container's published port; behind a reverse proxy on the same
   * host, `127.0.0.1`.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  HOST?: string;

  /**
   * This instance's own files: the embedded stores (unless the URLs below point elsewhere), its
   * read models (always local: each instance projects the shared log into its own), the token
   * secret when none is given.
   */
  @IsString()
  DATA_DIR = './data';

  /**
   * Where the event log lives: `sqlite:<file>` (default `sqlite:<DATA_DIR>/events.sqlite`),
   * `postgres://…`, or `esdb://…`/`kurrentdb://…` (README: "Running on several machines").
   */
  @IsOptional()
  @ValidateBy({
    name: 'isEventStoreUrl',
    validator: { validate: (v: unknown) => urlError(v, parseEventStoreUrl) === undefined, defaultMessage: (a) => urlError(a?.value, parseEventStoreUrl)! },
  })
  EVENT_STORE_URL?: string;

  /**
   * Where accounts, sessions and sign-in limits live: `sqlite:<file>` or `postgres://…`. Default:
   * the event store's PostgreSQL database when the log is there, else `sqlite:<DATA_DIR>/accounts.sqlite`.
   */
  @IsOptional()
  @ValidateBy({
    name: 'isAccountsUrl',
    validator: { validate: (v: unknown) => urlError(v, parseAccountsUrl) === undefined, defaultMessage: (a) => urlError(a?.value, parseAccountsUrl)! },
  })
  ACCOUNTS_URL?: string;

  /** `full` survives a power cut; the faster setting names what it risks. */
  @IsIn(['full', 'fast-may-lose-recent-commits-on-power-loss'])
  STORE_DURABILITY: SqliteDurability = 'full';

  /** `production` refuses demo mode. */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** Demo mode (`1`): the demo accounts (published password) and the demo agreements are loaded. Never in production. */
  @Transform(({ value }) => booleanOf(value))
  @IsBoolean({ message: 'SAMVERKAN_DEMO must be 1, 0, true or false' })
  SAMVERKAN_DEMO = false;

  /** Demo mode only: the demo accounts, with bcrypt password hashes. */
  @IsString()
  DEMO_ACCOUNTS_FILE = './config/demo-accounts.json';

  /** Demo mode only: folder of agreement seed files loaded into an empty store on first start; `none` disables. */
  @IsString()
  SEED_DIR = './config/agreements';

  /** Demo mode only (`1`): also plays demo histories (a Lomma focus area in its second cycle). Off, so that specs start from the plain seed. */
  @Transform(({ value }) => booleanOf(value))
  @IsBoolean({ message: 'DEMO_HISTORIES must be 1, 0, true or false' })
  DEMO_HISTORIES = false;

  /** Secret that signs access tokens; when absent one is made and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  @ValidateBy({
    name: 'isStrongSecret',
    validator: { validate: (v: unknown) => typeof v === 'string' && new Set(v).size >= 16, defaultMessage: () => WEAK_SECRET },
  })
  TOKEN_SECRET?: string;

  /** A browser session ends after this many minutes without a request. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** A browser session ends this many hours after sign-in, however active. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Mark the session cookie `Secure` even when the request did not arrive over TLS (behind a TLS-terminating proxy). */
  @Transform(({ value }) => booleanOf(value))
  @IsBoolean({ message: 'COOKIE_SECURE must be 1, 0, true or false' })
  COOKIE_SECURE = false;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  TOKEN_TTL_SECONDS = 8 * 3600;

  /**
   * Snapshot each focus area every this many revisions, for the plan as it stood: lower answers
   * faster and stores more (README, "The plan as it stood"). Changing it needs no rebuild.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  PLAN_SNAPSHOT_EVERY = DEFAULT_SNAPSHOT_EVERY;

  /**
   * Behind a reverse proxy that terminates TLS: which proxies to believe about the client's address
   * (Express's `trust proxy`: `loopback`, a subnet, or a hop count). Unset, the peer is the client,
   * and the sign-in limit per address would count every user behind the proxy as one.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  TRUST_PROXY?: string;

  /** Wrong sign-ins per account (by username) per window before 429; each costs a password check. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT = 10;

  /** Sign-ins per client address per window, whatever the account (several people behind one NAT). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SIGN_IN_PER_ADDRESS = 100;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  RATE_LIMIT_SIGN_IN_WINDOW_MS = 5 * 60_000;

  /** Commands (POST/PUT/DELETE) per signed-in account (else per address) per minute. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_COMMANDS_PER_USER = 600;

  /** Queries waiting for read-your-writes at once; the next is answered 503 with Retry-After. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  READ_YOUR_WRITES_MAX_WAITERS = 256;

  /** Readiness fails (503) when a projection is more than this many events behind the log. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  READINESS_MAX_LAG = 1000;

  /** On SIGTERM/SIGINT: how long in-flight requests may take to finish before the stores close. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

/** Used by ConfigModule: a wrong setting stops the start with a message naming the variable. */
export const validateEnvironment = (raw: Record<string, unknown>): Environment => {
  const known = Object.fromEntries(KEYS.filter((k) => raw[k] !== undefined && raw[k] !== '').map((k) => [k, raw[k]]));
  const env = plainToInstance(Environment, known, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const shared = [env.EVENT_STORE_URL, env.ACCOUNTS_URL].some((url) => url !== undefined && parseEventStoreUrl(url).engine !== 'sqlite');
  if (shared && env.TOKEN_SECRET === undefined) {
    throw new Error(
      'Refusing to start: EVENT_STORE_URL or ACCOUNTS_URL points at a server that several instances can share, so TOKEN_SECRET must be set, the same on every instance (a secret kept in DATA_DIR would differ between them, and a token signed by one would be refused by the others). README: "Running on several machines".',
    );
  }
  if (env.SAMVERKAN_DEMO && env.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to start: SAMVERKAN_DEMO=1 with NODE_ENV=production. Demo mode loads accounts whose password is published; turn it off in production (README: "Accounts and sign-in").',
    );
  }
  return env;
};

const KEYS = [...Object.keys(new Environment()), 'TOKEN_SECRET', 'NODE_ENV', 'TRUST_PROXY', 'HOST', 'EVENT_STORE_URL', 'ACCOUNTS_URL'];

const WEAK_SECRET =
  'TOKEN_SECRET must hold at least 32 bytes of entropy: use at least 32 random characters with 16 or more distinct ones (e.g. `openssl rand -base64 48`)';

const booleanOf = (value: unknown): unknown => {
  if (value === true || value === '1' || value === 'true') return true;
  if (value === false || value === '0' || value === 'false') return false;
  return value;
};

/** The message of a URL parser's refusal, or undefined when the value parses. */
const urlError = (value: unknown, parse: (url: string) => unknown): string | undefined => {
  if (typeof value !== 'string') return 'must be a URL string';
  try {
    parse(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};
