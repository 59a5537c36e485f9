import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type EventStoreLocation } from '@samverkan/event-store';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { text } from 'node:stream/consumers';
import { ProblemError } from '../common/problem.js';
import { type AccountsLocation, accountsLocationOf, parseAccountsUrl } from '../config/stores.js';
import { AccountAdministration } from '../identity/accounts/account-administration.service.js';
import { CreateAccountRequestDto } from '../identity/accounts/accounts.request.dto.js';
import { MIN_PASSWORD_LENGTH } from '../identity/accounts/passwords.js';
import { openAccountStore } from '../identity/accounts/open-account-store.js';
import { Clock, IdGenerator } from '../infrastructure/clock.js';
import { storeUrlOption } from './store.cli.js';

interface CreateAdminOptions {
  readonly username: string;
  readonly displayName: string;
  readonly dataDir: string;
  readonly accountsUrl?: AccountsLocation;
  readonly storeUrl?: EventStoreLocation;
  readonly passwordStdin?: boolean;
}

/** An accounts URL as the API's ACCOUNTS_URL takes it; a wrong one is refused naming the forms understood. */
const accountsUrl = (value: string): AccountsLocation => {
  try {
    return parseAccountsUrl(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
};

/** `--accounts-url` (ACCOUNTS_URL), used by every command that reads or writes the accounts. */
export const accountsUrlOption = () =>
  new Option(
    '--accounts-url <url>',
    "the accounts: sqlite:<file> or postgres://… (default: the event log's PostgreSQL database, else <data-dir>/accounts.sqlite)",
  )
    .env('ACCOUNTS_URL')
    .argParser(accountsUrl);

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
    .addOption(accountsUrlOption())
    .addOption(storeUrlOption())
    .action(async (options: CreateAdminOptions) => {
      const input = plainToInstance(CreateAccountRequestDto, { username: options.username, displayName: options.displayName, administrator: true });
      const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) program.error(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '), { exitCode: 2 });
      const password = options.passwordStdin ? (await text(process.stdin)).replace(/\r?\n$/, '') : undefined;
      if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
        program.error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`, { exitCode: 2 });
      }
      // The API's own rule, so the administrator lands where the instances look for accounts.
      const store = await openAccountStore(accountsLocationOf({ accounts: options.accountsUrl, events: options.storeUrl, dataDir: options.dataDir }));
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
