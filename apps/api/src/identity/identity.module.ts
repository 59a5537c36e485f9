import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccountsService } from './accounts.service.js';
import { AuthenticationGuard } from './authentication.guard.js';
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
  controllers: [SignInController],
  providers: [AccountsService, { provide: APP_GUARD, useClass: AuthenticationGuard }],
  exports: [AccountsService],
})
export class IdentityModule {}
