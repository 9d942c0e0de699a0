import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { AggregateRunner } from './event-store/aggregate-runner';
import { AGGREGATE_RUNNER, COMMAND_HANDLERS, Commands } from './cqrs/commands';
import { APP_CONFIG, AppConfig } from './config/config';
import { EVENT_STORE } from './event-store/event-store.port';
import type { EventStore } from './event-store/event-store.port';
import { KurrentDbEventStore } from './event-store/kurrentdb-event-store';
import { PostgresEventStore } from './event-store/postgres-event-store';
import { domainUpcaster } from './event-store/upcasting';
import { Logger, LOGGER } from './logging/logger';
import { createPool } from './postgres/pool';
import { ReadModels } from './read-models/queries';

export const PG_POOL = Symbol('PG_POOL');

export interface CoreOptions {
  config: AppConfig;
  /** Resolved database URL (DATABASE_URL or the embedded server's). */
  databaseUrl: string;
  appName: string;
  logger: Logger;
}

/** Picks the event store: KurrentDB when EVENTSTORE_CONNECTION_STRING is set, PostgreSQL otherwise. */
export function createEventStore(config: AppConfig, pool: Pool): EventStore {
  if (config.EVENTSTORE_CONNECTION_STRING) {
    return KurrentDbEventStore.fromConnectionString(config.EVENTSTORE_CONNECTION_STRING, { upcast: domainUpcaster });
  }
  return new PostgresEventStore(pool, { upcast: domainUpcaster });
}

class CoreLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}
  async onApplicationShutdown() {
    await this.store.close();
    await this.pool.end();
  }
}

/**
 * What every app shares: configuration, the PostgreSQL pool, the event store, the command bus
 * with the aggregate command handlers, and the read-model queries.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        { provide: PG_POOL, useFactory: () => createPool(options.databaseUrl, { applicationName: options.appName, max: 20 }) },
        { provide: EVENT_STORE, inject: [PG_POOL], useFactory: (pool: Pool) => createEventStore(options.config, pool) },
        { provide: AGGREGATE_RUNNER, inject: [EVENT_STORE], useFactory: (store: EventStore) => new AggregateRunner(store) },
        { provide: ReadModels, inject: [PG_POOL, EVENT_STORE], useFactory: (pool: Pool, store: EventStore) => new ReadModels(pool, store) },
        ...COMMAND_HANDLERS,
        Commands,
        CoreLifecycle,
      ],
      exports: [APP_CONFIG, LOGGER, PG_POOL, EVENT_STORE, AGGREGATE_RUNNER, ReadModels, Commands],
    };
  }
}
