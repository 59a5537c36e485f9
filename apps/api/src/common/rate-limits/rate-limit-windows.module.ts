import { Module } from '@nestjs/common';
import { AccountStore } from '../../identity/accounts/account-store.port.js';
import { PostgresAccountStore } from '../../identity/accounts/postgres-account-store.js';
import { IdentityModule } from '../../identity/identity.module.js';
import { FixedWindowThrottlerStorage } from './fixed-window-storage.js';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';
import { RateLimitWindows } from './rate-limit-windows.js';

/**
 * The limits count where the accounts live: in the PostgreSQL database that several instances
 * share (with the account store's connections), or in memory beside accounts.sqlite, where one
 * instance serves. Its own module, so that the throttler's options can be given it.
 */
@Module({
  imports: [IdentityModule],
  providers: [
    {
      provide: RateLimitWindows,
      inject: [AccountStore],
      useFactory: (accounts: AccountStore): Promise<RateLimitWindows> | RateLimitWindows =>
        accounts instanceof PostgresAccountStore ? PostgresThrottlerStorage.open(accounts.pool) : new FixedWindowThrottlerStorage(),
    },
  ],
  exports: [RateLimitWindows],
})
export class RateLimitWindowsModule {}
