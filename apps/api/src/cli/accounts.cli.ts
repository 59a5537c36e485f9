import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type Command, Option } from 'commander';
import { ConfigService } from '@nestjs/config';
import { text } from 'node:stream/consumers';
import { ProblemError } from '../common/problem.js';
import { EventStoreUrlError } from '@samverkan/event-store';
import { type AccountsLocation, accountsLocation } from '../config/stores.js';
import { AccountAdministration } from '../identity/accounts/account-administration.service.js';
import { CreateAccountRequestDto } from '../identity/accounts/accounts.request.dto.js';
import { MIN_PASSWORD_LENGTH } from '../identity/accounts/passwords.js';
import { openAccountStore } from '../identity/accounts/open-account-store.js';
import { Clock, IdGenerator } from '../infrastructure/clock.js';

interface CreateAdminOptions {
  readonly username: string;
  readonly displayName: string;
  readonly dataDir: string;
  readonly accountsUrl?: string;
  readonly eventStoreUrl?: string;
  readonly passwordStdin?: boolean;
}

/** The API's own rule (accountsLocation), so the administrator lands where the instances look. */
const locationOf = (program: Command, options: CreateAdminOptions): AccountsLocation => {
  const config = new ConfigService({ DATA_DIR: options.dataDir, ACCOUNTS_URL: options.accountsUrl, EVENT_STORE_URL: options.eventStoreUrl });
  try {
    return accountsLocation(config);
  } catch (error) {
    if (error instanceof EventStoreUrlError) program.error(error.message, { exitCode: 2 });
    throw error;
  }
};

/**
 * `accounts create-admin`: the first administrator of a production install (no demo accounts
 * there). It prints a one-time password link, or takes the password from standard input.
 */
export const registerAccountCommands = (program: Command): void => {
  const accounts = program.command('accounts').description('Accounts: in accounts.sqlite, or in the PostgreSQL database the instances share');
  accounts
    .command('create-admin')
    .description('Create an administrator and print a one-time link that sets their password')
    .requiredOption('--username <username>', 'the username to sign in with')
    .requiredOption('--display-name <name>', 'the name shown in the app')
    .option('--password-stdin', `read the password (at least ${MIN_PASSWORD_LENGTH} characters) from standard input instead`)
    .addOption(new Option('--data-dir <dir>', 'where the embedded stores live').env('DATA_DIR').default('./data'))
    .addOption(new Option('--accounts-url <url>', 'the accounts of several instances: postgres://user:password@host:5432/database').env('ACCOUNTS_URL'))
    .addOption(
      new Option('--event-store-url <url>', 'the event log; its PostgreSQL database holds the accounts when --accounts-url is not given').env(
        'EVENT_STORE_URL',
      ),
    )
    .action(async (options: CreateAdminOptions) => {
      const input = plainToInstance(CreateAccountRequestDto, { username: options.username, displayName: options.displayName, administrator: true });
      const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) program.error(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '), { exitCode: 2 });
      const password = options.passwordStdin ? (await text(process.stdin)).replace(/\r?\n$/, '') : undefined;
      if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
        program.error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`, { exitCode: 2 });
      }
      const store = await openAccountStore(locationOf(program, options));
      const admin = new AccountAdministration(store, new Clock(), new IdGenerator());
      try {
        if (password === undefined) {
          const { account, passwordLink } = await admin.createLocal(input);
          console.log(`Created administrator ${account.username} (${account.id}).`);
          console.log(`Open this link once, within 7 days, to set the password: ${passwordLink}`);
        } else {
          const account = await admin.createLocalWithPassword(input, password);
          console.log(`Created administrator ${account.username} (${account.id}) with the password from standard input.`);
        }
      } catch (error) {
        if (error instanceof ProblemError) program.error(error.problem.detail ?? error.message, { exitCode: 1 });
        throw error;
      } finally {
        await store.close();
      }
    });
};
