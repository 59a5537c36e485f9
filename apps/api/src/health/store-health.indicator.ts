import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { AccountStore } from '../identity/accounts/account-store.port.js';

/** Readiness: the event store answers a read, the accounts' store a query, and no projection is more than READINESS_MAX_LAG events behind its head. */
@Injectable()
export class StoreHealthIndicator {
  private readonly maxLag: number;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    private readonly accountStore: AccountStore,
    config: ConfigService,
  ) {
    this.maxLag = config.getOrThrow<number>('READINESS_MAX_LAG');
  }

  async eventStore(): Promise<HealthIndicatorResult<'eventStore'>> {
    const indicator = this.indicators.check('eventStore');
    try {
      await this.store.readAll({ maxCount: 1 });
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The accounts' file or database: without it nobody can sign in, and no session is found. */
  async accounts(): Promise<HealthIndicatorResult<'accounts'>> {
    const indicator = this.indicators.check('accounts');
    try {
      await this.accountStore.ping();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async projections(): Promise<HealthIndicatorResult<'projections'>> {
    const indicator = this.indicators.check('projections');
    try {
      const status = await this.runner.status();
      const behind = Object.fromEntries(status.map((p) => [p.name, p.lag]));
      const worst = Math.max(0, ...status.map((p) => p.lag));
      return worst <= this.maxLag ? indicator.up({ maxLag: this.maxLag, behind }) : indicator.down({ maxLag: this.maxLag, behind });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
