import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import type { SqliteDurability } from '@samverkan/event-store/sqlite';

/** Every setting the API reads from its environment, validated at start (README: "Configuration"). */
export class Environment {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Where the embedded event store lives. */
  @IsString()
  DATA_DIR = './data';

  /** `full` survives a power cut; the faster setting names what it risks. */
  @IsIn(['full', 'fast-may-lose-recent-commits-on-power-loss'])
  STORE_DURABILITY: SqliteDurability = 'full';

  /** Accounts with bcrypt password hashes. */
  @IsString()
  ACCOUNTS_FILE = './config/demo-accounts.json';

  /** Folder of agreement seed files loaded into an empty store on first start; `none` disables. */
  @IsString()
  SEED_DIR = './config/agreements';

  /** Secret that signs access tokens; when absent one is made and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  TOKEN_SECRET?: string;

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
  PLAN_SNAPSHOT_EVERY = 10;

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
  return env;
};

const KEYS = [...Object.keys(new Environment()), 'TOKEN_SECRET'];
