import { EVENT_STORE, PG_POOL, ReadModels } from '@app/infrastructure';
import type { EventStore } from '@app/infrastructure';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Pool } from 'pg';

/** A projection this far behind the log is reported down (it is still running). */
const MAX_HEALTHY_LAG = 10_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Database, event store, and each projection with its lag and error' })
  check() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('database');
        try {
          await this.pool.query('SELECT 1');
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('eventStore');
        try {
          return indicator.up({ kind: this.store.kind, headPosition: await this.store.headPosition() });
        } catch (error) {
          return indicator.down({ kind: this.store.kind, message: (error as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('projections');
        const projections = await this.readModels.projections();
        const details = Object.fromEntries(
          projections.map((p) => [
            p.name,
            { status: p.status, position: p.position, lag: p.lag, ...(p.error ? { error: p.error, failedEventId: p.failedEventId } : {}) },
          ]),
        );
        const unhealthy = projections.some((p) => p.status === 'failed' || p.lag > MAX_HEALTHY_LAG);
        return unhealthy ? indicator.down(details) : indicator.up(details);
      },
    ]);
  }
}
