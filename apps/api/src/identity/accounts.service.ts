import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import bcrypt from 'bcryptjs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { readFileSync } from 'node:fs';
import { Account, AccountsFile } from './account.js';
import type { Actor } from './actor.js';

/** A hash compared against when the user is unknown, so a wrong username costs as long as a wrong password. */
const DUMMY_HASH = '$2b$10$SOBd5K4wdF/O6/1raczWyeWd43zUr5E0VYvCBNeIJhVH7Mklis1Mi';

/** Accounts from configuration (ACCOUNTS_FILE); passwords are checked against bcrypt hashes. */
@Injectable()
export class AccountsService {
  private readonly accounts: Map<string, Account>;

  constructor(config: ConfigService) {
    this.accounts = loadAccounts(config.getOrThrow<string>('ACCOUNTS_FILE'));
  }

  async authenticate(username: string, password: string): Promise<Actor | undefined> {
    const account = this.accounts.get(username);
    const ok = await bcrypt.compare(password, account?.passwordHash ?? DUMMY_HASH);
    return ok && account ? toActor(account) : undefined;
  }

  find(username: string): Actor | undefined {
    const account = this.accounts.get(username);
    return account ? toActor(account) : undefined;
  }

  usernames(): string[] {
    return [...this.accounts.keys()];
  }
}

const toActor = (a: Account): Actor => ({
  userId: a.username,
  displayName: a.displayName,
  administrator: a.administrator === true,
});

export const loadAccounts = (file: string): Map<string, Account> => {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = plainToInstance(AccountsFile, Array.isArray(raw) ? { accounts: raw } : raw);
  const errors = validateSync(parsed, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new Error(`${file} is not a valid accounts file: ${JSON.stringify(errors.map((e) => e.toString()))}`);
  }
  const byName = new Map<string, Account>();
  for (const account of parsed.accounts) {
    if (byName.has(account.username)) throw new Error(`${file}: username ${account.username} appears twice`);
    byName.set(account.username, account);
  }
  return byName;
};
