import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SignInProviders } from '../external-sign-in.js';
import { IdentityModule } from '../identity.module.js';
import { resolveTokenSecret } from '../token-secret.js';
import { OidcController } from './oidc.http.controller.js';
import type { OidcSettings } from './oidc.settings.js';
import { OIDC_SETTINGS } from './oidc.tokens.js';
import { OidcRelyingParties } from './relying-parties.js';
import { TransactionSealer } from './transaction-cookie.js';

/**
 * Sign-in through the identity providers in the environment (oidc.settings.ts). With none
 * configured it adds nothing: no routes, and no SignInProviders, so the sign-in page shows none.
 * Global, so the accounts' sign-in page can ask for SignInProviders without importing this module
 * (which imports theirs for ExternalSignIn). Cookies are parsed by IdentityModule, for every route.
 */
@Module({})
export class OidcModule {
  static forRoot(settings: OidcSettings): DynamicModule {
    if (settings.providers.length === 0) return { module: OidcModule };
    return {
      module: OidcModule,
      global: true,
      imports: [IdentityModule],
      controllers: [OidcController],
      providers: [
        { provide: OIDC_SETTINGS, useValue: settings },
        { provide: OidcRelyingParties, useFactory: () => OidcRelyingParties.create(settings.providers) },
        { provide: SignInProviders, useExisting: OidcRelyingParties },
        {
          provide: TransactionSealer,
          inject: [ConfigService],
          useFactory: (config: ConfigService) =>
            new TransactionSealer(resolveTokenSecret(config.get<string>('TOKEN_SECRET'), config.getOrThrow<string>('DATA_DIR'))),
        },
      ],
      exports: [SignInProviders],
    };
  }
}
