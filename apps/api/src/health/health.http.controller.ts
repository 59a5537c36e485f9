import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { PROBLEM_BASE, ProblemError } from '../common/problem.js';
import { ProblemView } from '../common/responses/problem.response.js';
import { Public } from '../identity/public.decorator.js';
import { NotificationsHealth } from '../notifications/notifications.health.js';
import { StoreHealthIndicator } from './store-health.indicator.js';

class HealthView {
  @ApiProperty({ enum: ['ok'] }) readonly status!: 'ok';
  @ApiProperty({ description: 'Each check and what it found', required: false, type: Object }) readonly details?: Record<string, unknown>;
}

const NOT_READY = {
  description: 'A check failed; the problem says which (Retry-After)',
  content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } } },
};

/**
 * Liveness (the process answers: restart it if not) and readiness (the store and the accounts' store
 * answer and the read models are close to the log's head: send it traffic). `GET /api/health` is readiness, as it always
 * answered whether the API could serve.
 */
@ApiTags('health')
@ApiExtraModels(ProblemView)
@Controller('health')
export class HealthController {
  constructor(
    private readonly terminus: HealthCheckService,
    private readonly checks: StoreHealthIndicator,
    private readonly notifications: NotificationsHealth,
  ) {}

  @Public()
  @Get('live')
  @ApiOkResponse({ type: HealthView, description: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @ApiOkResponse({ type: HealthView, description: 'The event store answers and the projections are caught up' })
  @ApiServiceUnavailableResponse(NOT_READY)
  ready(): Promise<HealthView> {
    return this.readiness();
  }

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthView, description: 'Readiness, as GET /api/health/ready' })
  @ApiServiceUnavailableResponse(NOT_READY)
  health(): Promise<HealthView> {
    return this.readiness();
  }

  private async readiness(): Promise<HealthView> {
    try {
      const result = await this.terminus.check([
        () => this.checks.eventStore(),
        () => this.checks.accounts(),
        () => this.checks.projections(),
        () => this.notifications.check(),
      ]);
      return { status: 'ok', details: result.details };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      throw new ProblemError(
        {
          type: PROBLEM_BASE + 'not-ready',
          title: 'Service Unavailable',
          status: 503,
          detail: `Not ready: ${Object.entries(result.error ?? {})
            .map(([name, found]) => `${name} ${JSON.stringify(found)}`)
            .join('; ')}`,
        },
        { 'Retry-After': '5' },
      );
    }
  }
}
