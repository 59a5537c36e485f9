import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { AgreementsModule } from './agreements/agreements.module.js';
import { AnnexesModule } from './annexes/annexes.module.js';
import { validateEnvironment } from './config/environment.js';
import { FocusAreasModule } from './focus-areas/focus-areas.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { parseMailSettings } from './notifications/mail.settings.js';
import { LoggingModule } from './common/logging.module.js';
import { RateLimitsModule } from './common/rate-limits/rate-limits.module.js';
import { HealthModule } from './health/health.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { OidcModule } from './identity/oidc/oidc.module.js';
import { parseOidcSettings } from './identity/oidc/oidc.settings.js';
import { PlanModule } from './plan/plan.module.js';
import { PublicModule } from './public/public.module.js';
import { ReadModelsModule } from './read-models/read-models.module.js';
import { EventStoreModule } from './infrastructure/event-store.module.js';
import { DemoAccountsService } from './seed/demo-accounts.service.js';
import { DemoSeedService } from './seed/demo-seed.service.js';
import { DemoAnnexSeed } from './seed/demo-annex-seed.js';

@Module({})
export class AppModule {
  /**
   * The environment is validated here, before anything starts, and read from the argument rather
   * than from process.env inside Nest, so tests can start several apps with their own settings.
   */
  static forRoot(env: Record<string, string | undefined> = process.env): DynamicModule {
    const config = { ...validateEnvironment(env) };
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, skipProcessEnv: true, load: [() => config] }),
        LoggingModule,
        CqrsModule.forRoot(),
        EventStoreModule,
        IdentityModule,
        OidcModule.forRoot(parseOidcSettings(env)),
        // After IdentityModule: its guard names the account the command limit counts against.
        RateLimitsModule,
        MeetingsModule,
        AgreementsModule,
        FocusAreasModule,
        AnnexesModule,
        ReadModelsModule,
        PlanModule,
        PublicModule,
        HealthModule,
        NotificationsModule.forRoot(parseMailSettings(env)),
      ],
      providers: [DemoAccountsService, DemoSeedService, DemoAnnexSeed],
    };
  }
}
