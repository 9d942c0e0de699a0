import { allProjections, ReconciliationTimer, ReservationSweeper } from '@app/application';
import {
  AGGREGATE_RUNNER,
  APP_CONFIG,
  Commands,
  CoreModule,
  EVENT_STORE,
  ExpiredReservations,
  LOGGER,
  openReservationsProjection,
  PG_POOL,
  Projector,
  StarsPayments,
  stripeGatewayOf,
  telegramClientOf,
} from '@app/infrastructure';
import type { AggregateRunner, AppConfig, CoreOptions, EventStore, Logger } from '@app/infrastructure';
import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { TelegramTarget, TelegramUserNotifier, telegramTargetOf } from './telegram-notifier';

export interface ProjectorOptions {
  /**
   * Where billing notices go: a bot, or (local mode) a function naming the launcher's Bot API
   * stand-in once it runs. Default: TELEGRAM_BOT_TOKEN, else the stand-in described in DATA_DIR.
   */
  telegram?: TelegramTarget | (() => TelegramTarget | undefined);
}
export const PROJECTOR_OPTIONS = Symbol('PROJECTOR_OPTIONS');

/** Runs every projection and process manager, the reservation-expiry sweeper and the nightly payments reconciliation. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly projector: Projector;
  private readonly sweeper: ReservationSweeper;
  private readonly reconciliation: ReconciliationTimer;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    commands: Commands,
    @Inject(AGGREGATE_RUNNER) runner: AggregateRunner,
    @Inject(PROJECTOR_OPTIONS) options: ProjectorOptions,
  ) {
    const target = async () => (typeof options.telegram === 'function' ? options.telegram() : options.telegram) ?? (await telegramTargetOf(config));
    const notifier = new TelegramUserNotifier(runner, target, logger);
    const stripe = stripeGatewayOf(config);
    const projections = allProjections({ commands, runner, store, config, logger, stripe, notifier });
    const telegram = telegramClientOf(target);
    this.reconciliation = new ReconciliationTimer(
      { commands, runner, store, logger, ...(stripe ? { stripe } : {}), stars: async () => { const client = await telegram(); return client ? new StarsPayments(client) : undefined; } },
      config.RECONCILE_INTERVAL_HOURS,
      logger,
    );
    this.projector = new Projector(pool, store, projections, { batchSize: config.PROJECTOR_BATCH_SIZE, logger });
    this.sweeper = new ReservationSweeper(new ExpiredReservations(pool), store, commands, logger, {
      intervalMs: config.RESERVATION_SWEEP_INTERVAL_MS,
      watched: [openReservationsProjection.name, ...projections.filter((p) => p.settlesReservations).map((p) => p.name)],
    });
  }

  onApplicationBootstrap() {
    this.projector.start();
    this.sweeper.start();
    this.reconciliation.start();
  }

  async onApplicationShutdown() {
    await this.reconciliation.stop();
    await this.sweeper.stop();
    await this.projector.stop();
  }
}

@Module({})
export class ProjectorModule {
  static forRoot(core: CoreOptions, options: ProjectorOptions = {}): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [CoreModule.forRoot(core)],
      providers: [{ provide: PROJECTOR_OPTIONS, useValue: options }, ProjectorService],
    };
  }
}
