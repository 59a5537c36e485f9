import { Inject, Logger, Module, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { accountsLocation } from '../config/stores.js';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import cookieParser from 'cookie-parser';
import { AccountsService } from './accounts.service.js';
import { AccountAdministration } from './accounts/account-administration.service.js';
import { AccountStore } from './accounts/account-store.port.js';
import { AccountsExternalSignIn } from './accounts/accounts-external-sign-in.js';
import { AccountsController } from './accounts/accounts.http.controller.js';
import { PasswordController } from './accounts/password.http.controller.js';
import { openAccountStore } from './accounts/open-account-store.js';
import { AuthenticationGuard } from './authentication.guard.js';
import { ExternalSignIn } from './external-sign-in.js';
import { SessionController } from './sessions/session.http.controller.js';
import { SessionService } from './sessions/session.service.js';
import { SignInController } from './sign-in/sign-in.http.controller.js';
import { resolveTokenSecret } from './token-secret.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // A KeyObject, not a string: jsonwebtoken otherwise tries (and fails) to parse a string as a
        // public key on every verification, which was a fifth of an approve command's CPU time.
        secret: createSecretKey(Buffer.from(resolveTokenSecret(config.get<string>('TOKEN_SECRET'), config.getOrThrow<string>('DATA_DIR')))),
        signOptions: { algorithm: 'HS256', issuer: 'samverkan' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'samverkan' },
      }),
    }),
  ],
  controllers: [SignInController, SessionController, PasswordController, AccountsController],
  providers: [
    {
      provide: AccountStore,
      inject: [ConfigService],
      // ACCOUNTS_URL: a SQLite file (DATA_DIR/accounts.sqlite by default, or one the instances of one machine share), or a PostgreSQL database.
      useFactory: (config: ConfigService): Promise<AccountStore> => openAccountStore(accountsLocation(config)),
    },
    AccountsService,
    AccountAdministration,
    SessionService,
    { provide: ExternalSignIn, useClass: AccountsExternalSignIn },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
  ],
  exports: [AccountsService, AccountStore, SessionService, ExternalSignIn],
})
export class IdentityModule implements NestModule, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(AccountStore) private readonly store: AccountStore) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser()).forRoutes('*splat');
  }

  /** A new production install has no one who can sign in: say how to make the first administrator. */
  async onApplicationBootstrap(): Promise<void> {
    const accounts = await this.store.listAccounts();
    if (accounts.some((a) => a.administrator && a.status === 'active')) return;
    new Logger('Accounts').warn(
      'No active administrator account: make the first one with `npm run cli -- accounts create-admin --username <name> --display-name <name> --data-dir <DATA_DIR>` (with `--accounts-url <ACCOUNTS_URL>` instead when the accounts are in PostgreSQL) (README, "Accounts and sign-in").',
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
