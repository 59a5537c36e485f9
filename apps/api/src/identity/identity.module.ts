import { Inject, Logger, Module, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
import { SqliteAccountStore } from './accounts/sqlite-account-store.js';
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
      // ACCOUNTS_URL (a file the instances of one machine share), else accounts.sqlite in DATA_DIR.
      useFactory: (config: ConfigService): AccountStore => {
        const location = accountsLocation(config);
        if (location.engine !== 'sqlite') throw new Error('Accounts in PostgreSQL are not built yet');
        mkdirSync(dirname(location.filename), { recursive: true });
        return new SqliteAccountStore(location.filename);
      },
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
      'No active administrator account: make the first one with `npm run cli -- accounts create-admin --username <name> --display-name <name> --data-dir <DATA_DIR>` (README, "Accounts and sign-in").',
    );
  }

  onApplicationShutdown(): void {
    if (this.store instanceof SqliteAccountStore) this.store.close();
  }
}
