import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { IdentityModule } from '../identity/identity.module.js';
import { ReadModelsModule } from '../read-models/read-models.module.js';
import { HealthController } from './health.http.controller.js';
import { StoreHealthIndicator } from './store-health.indicator.js';

@Module({
  // A failed check is answered as a 503 problem; it is not an error of this process to log.
  imports: [TerminusModule.forRoot({ logger: false }), ReadModelsModule, IdentityModule],
  controllers: [HealthController],
  providers: [StoreHealthIndicator],
})
export class HealthModule {}
