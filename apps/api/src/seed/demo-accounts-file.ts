import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MinLength, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { readFileSync } from 'node:fs';

/** The password every demo account has, published on the sign-in page in demo mode (and only then). */
export const DEMO_PASSWORD = 'samverkan-demo';

/** One demo account (config/demo-accounts.json): its username doubles as its account id. */
export class DemoAccount {
  @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'username must be 2-64 of a-z, 0-9, ".", "_", "-"' })
  username!: string;

  @IsString()
  @MinLength(1)
  displayName!: string;

  @Matches(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/, { message: 'passwordHash must be a bcrypt hash' })
  passwordHash!: string;

  @IsOptional()
  @IsBoolean()
  administrator?: boolean;
}

export class DemoAccountsFile {
  @ValidateNested({ each: true })
  @Type(() => DemoAccount)
  accounts!: DemoAccount[];
}

export const loadDemoAccounts = (file: string): DemoAccount[] => {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = plainToInstance(DemoAccountsFile, Array.isArray(raw) ? { accounts: raw } : raw);
  const errors = validateSync(parsed, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new Error(`${file} is not a valid accounts file: ${JSON.stringify(errors.map((e) => e.toString()))}`);
  }
  const seen = new Set<string>();
  for (const account of parsed.accounts) {
    if (seen.has(account.username)) throw new Error(`${file}: username ${account.username} appears twice`);
    seen.add(account.username);
  }
  return parsed.accounts;
};
