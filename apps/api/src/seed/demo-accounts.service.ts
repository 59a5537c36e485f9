import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AccountStore } from '../identity/accounts/account-store.port.js';
import { Clock } from '../infrastructure/clock.js';
import { loadDemoAccounts } from './demo-accounts-file.js';

/**
 * Demo mode only (SAMVERKAN_DEMO=1): the accounts of config/demo-accounts.json are put into the
 * accounts table, each with its username as its id, so the demo agreements' role assignments name
 * them. An account already there keeps its password (it may have been rehashed or changed).
 */
@Injectable()
export class DemoAccountsService implements OnModuleInit {
  private readonly logger = new Logger('DemoAccounts');

  constructor(
    private readonly config: ConfigService,
    private readonly store: AccountStore,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.get<boolean>('SAMVERKAN_DEMO')) return;
    const file = this.config.getOrThrow<string>('DEMO_ACCOUNTS_FILE');
    const now = this.clock.now().toISOString();
    const accounts = loadDemoAccounts(file);
    for (const demo of accounts) {
      const existing = await this.store.findAccount(demo.username);
      // A removed account stays removed: its personal data was erased on purpose.
      if (existing?.status === 'removed') continue;
      await this.store.saveAccount({
        id: demo.username,
        username: demo.username,
        displayName: demo.displayName,
        email: null,
        passwordHash: existing?.passwordHash ?? demo.passwordHash,
        administrator: demo.administrator === true,
        status: existing?.status ?? 'active',
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
    }
    this.logger.log(`Demo mode: ${accounts.length} demo accounts from ${file}`);
  }
}
