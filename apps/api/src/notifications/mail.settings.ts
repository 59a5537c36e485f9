import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { Transform, Type } from 'class-transformer';

/**
 * Where notifications are sent from, read at start (README: "E-mail notifications"). Without
 * SMTP_URL or SMTP_HOST there is no mail: notifications are off, and the log says so.
 */
export interface MailSettings {
  /** A nodemailer transport: `smtp://user:pass@host:587` or host, port and TLS given apart. */
  readonly transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  /** The sender, e.g. `Samverkan <samverkan@lomma.se>`. */
  readonly from: string;
  /** Where officials open Samverkan: the links in the mails start here. */
  readonly publicUrl: string;
  /** How often the notifier looks for new events and the sender for mail to send. */
  readonly pollMs: number;
}

const bool = ({ value }: { value: unknown }) => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value);

class MailEnvironment {
  @IsOptional()
  @IsString()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  SMTP_HOST?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 587;

  @Transform(bool)
  @IsBoolean({ message: 'SMTP_SECURE must be 1, 0, true or false' })
  SMTP_SECURE = false;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASS?: string;

  @IsString()
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'MAIL_FROM must be an address, or a name and an address in <>' })
  MAIL_FROM!: string;

  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PUBLIC_URL must be the http(s) address officials open Samverkan at' },
  )
  PUBLIC_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  NOTIFY_POLL_MS = 5000;
}

const KEYS = ['SMTP_URL', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASS', 'MAIL_FROM', 'PUBLIC_URL', 'NOTIFY_POLL_MS'] as const;

/** Null when no SMTP server is named (notifications off); a wrong setting stops the start, naming the variable. */
export const parseMailSettings = (raw: Record<string, string | undefined>): MailSettings | null => {
  const given = Object.fromEntries(KEYS.filter((k) => raw[k] !== undefined && raw[k] !== '').map((k) => [k, raw[k]]));
  if (given.SMTP_URL === undefined && given.SMTP_HOST === undefined) return null;
  const env = plainToInstance(MailEnvironment, given, { exposeDefaultValues: true });
  const errors = validateSync(env);
  if (given.SMTP_URL !== undefined && given.SMTP_HOST !== undefined) {
    throw new Error('Invalid mail configuration in the environment:\n  SMTP_URL and SMTP_HOST: give one of them, not both');
  }
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${e.property === 'SMTP_PASS' ? '***' : JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid mail configuration in the environment:\n${lines.join('\n')}`);
  }
  const auth = env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {};
  return {
    transport: env.SMTP_URL ?? { host: env.SMTP_HOST as string, port: env.SMTP_PORT, secure: env.SMTP_SECURE, ...auth },
    from: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''),
    pollMs: env.NOTIFY_POLL_MS,
  };
};

export const MAIL_SETTINGS = Symbol('MailSettings');
