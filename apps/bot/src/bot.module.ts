import http from 'node:http';
import { cardById, DECK } from '@app/domain';
import {
  AGGREGATE_RUNNER,
  APP_CONFIG,
  Commands,
  CoreModule,
  EVENT_STORE,
  LOGGER,
  OfflineInterpreter,
  OpenAiInterpreter,
  OpenAiModeration,
  createPool,
  ReadModels,
  renderSpread,
  prepareSpreadPictures,
  EgressProxy,
  egressGuard,
  LinkInspector,
  mediaTools,
  tierLimits,
} from '@app/infrastructure';
import type { AggregateRunner, AppConfig, CoreOptions, EventStore, Interpreter, Logger } from '@app/infrastructure';
import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Postgres } from '@telegraf/session/pg';
import DataLoader from 'dataloader';
import { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Composer, Telegraf } from 'telegraf';
import { BackgroundTasks } from './background-tasks';
import { botCommands, registerHandlers } from './bot';
import { BotContext, SessionData, usesSession } from './context';
import { savingSession, WriteThroughSessionStore } from './session-store';
import { withRetryAfter } from '@app/infrastructure';
import { languageOf, t } from '@app/texts';


export const BOT_STATE_POOL = Symbol('BOT_STATE_POOL');

/** A pre-checkout query, or a message reporting a payment or a refund. */
function isPaymentUpdate(update: object): boolean {
  if ('pre_checkout_query' in update) return true;
  const message = 'message' in update ? (update.message as object | undefined) : undefined;
  return Boolean(message && ('successful_payment' in message || 'refunded_payment' in message));
}

export const BOT_OPTIONS = Symbol('BOT_OPTIONS');

/** A Bot API on this machine for local mode: where it listens, the token to use there, and how to stop it. */
export interface LocalTelegram {
  url: string;
  token: string;
  stop(): Promise<void>;
}

export interface BotOptions {
  /**
   * Local mode: starts a Bot API on this machine when no TELEGRAM_BOT_TOKEN is configured. The
   * local-mode launchers pass it (the stand-in is a test double apps do not import); without it
   * the bot needs a token.
   */
  localTelegram?: (config: AppConfig) => Promise<LocalTelegram>;
  /** A card checkout URL for an offer (Stripe Checkout), for the 💳 buttons of /buy and /subscribe. */
  cardCheckout?: (userId: string, offerId: string) => Promise<string>;
  /** Where a card subscription is managed (Stripe's Customer Portal), for /billing. */
  cardPortal?: (userId: string) => Promise<string>;
}


@Injectable()
export class BotService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  bot?: Telegraf<BotContext>;
  localApi?: LocalTelegram;
  private webhookServer?: http.Server;
  private redis?: Redis;
  private tasks?: BackgroundTasks;
  private egressProxy?: EgressProxy;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    /** Sessions, update dedupe, rate limits, link previews: commits that need not wait for the WAL flush. */
    @Inject(BOT_STATE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner,
    private readonly commands: Commands,
    private readonly readModels: ReadModels,
    @Inject(BOT_OPTIONS) private readonly options: BotOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let token = this.config.TELEGRAM_BOT_TOKEN;
    let apiRoot = this.config.TELEGRAM_API_ROOT;
    if (!token) {
      if (!this.options.localTelegram) throw new Error('TELEGRAM_BOT_TOKEN is not set (local mode is started by "npm start" or "npm run start:bot")');
      this.localApi = await this.options.localTelegram(this.config);
      token = this.localApi.token;
      apiRoot = this.localApi.url;
    }
    const bot = new Telegraf<BotContext>(token, {
      telegram: { ...(apiRoot ? { apiRoot } : {}), webhookReply: false },
      handlerTimeout: 10 * 60_000,
    });
    this.bot = bot;
    bot.use(this.admitUpdate());
    // Only the reading conversation keeps state in the session: other updates skip its load. A
    // polling bot is Telegram's only consumer of its updates, so it may keep what it wrote (a
    // webhook may be served by several instances, which read PostgreSQL every time).
    const sessions = Postgres<SessionData>({ pool: this.pool, table: 'bot_sessions' });
    const store = this.config.TELEGRAM_WEBHOOK_URL ? sessions : new WriteThroughSessionStore<SessionData>(sessions);
    bot.use(Composer.optional(usesSession, savingSession<SessionData, BotContext>(store)));
    this.tasks = new BackgroundTasks(this.logger);
    const guard = egressGuard(this.config);
    this.egressProxy = await EgressProxy.start(guard, { requireToken: true });
    registerHandlers(bot, {
      tasks: this.tasks,
      store: this.store,
      runner: this.runner,
      readModels: this.readModels,
      commands: this.commands,
      logger: this.logger,
      interpreter: this.interpreter(),
      ...(this.config.OPENAI_API_KEY ? { moderation: new OpenAiModeration({ apiKey: this.config.OPENAI_API_KEY, baseURL: this.config.OPENAI_BASE_URL }, this.logger) } : {}),
      welcomeCredits: this.config.WELCOME_CREDITS,
      referralRewards: { referrer: this.config.REFERRER_CREDITS, referee: this.config.REFEREE_CREDITS },
      ...(this.options.cardCheckout ? { cardCheckout: this.options.cardCheckout } : {}),
      ...(this.options.cardPortal ? { cardPortal: this.options.cardPortal } : {}),
      reservationTtlSeconds: this.config.READING_RESERVATION_TTL_SECONDS,
      ...(this.config.BOT_SPREAD_PICTURES === 'on' ? { renderSpread } : {}),
      conversion: {
        inspector: new LinkInspector(mediaTools(this.config), guard, this.egressProxy, this.config.PROBE_TIMEOUT_SECONDS * 1000),
        limits: tierLimits(this.config),
        graceDays: this.config.SUBSCRIPTION_GRACE_DAYS,
        pool: this.pool,
        reservationTtlSeconds: this.config.CONVERSION_RESERVATION_TTL_SECONDS,
      },
    });

    if (this.config.BOT_SPREAD_PICTURES === 'on') void prepareSpreadPictures().catch((error: unknown) => this.logger.warn({ err: error }, 'card faces not prepared'));
    bot.botInfo = await bot.telegram.getMe();
    await Promise.all([
      withRetryAfter(() => bot.telegram.setMyCommands(botCommands('en'))),
      withRetryAfter(() => bot.telegram.setMyCommands(botCommands('ru'), { language_code: 'ru' })),
    ]);

    if (this.config.TELEGRAM_WEBHOOK_URL) {
      const url = new URL(this.config.TELEGRAM_WEBHOOK_URL);
      // Required with the URL (the config refuses a webhook without it).
      const secretToken = this.config.TELEGRAM_WEBHOOK_SECRET!;
      const callback = bot.webhookCallback(url.pathname, { secretToken });
      this.webhookServer = http.createServer((req, res) => void callback(req, res));
      await new Promise<void>((resolve) => this.webhookServer!.listen(this.config.TELEGRAM_WEBHOOK_PORT, this.config.HOST, resolve));
      await bot.telegram.setWebhook(url.toString(), { secret_token: secretToken });
      this.logger.info({ url: url.toString() }, 'bot receiving updates by webhook');
    } else {
      // launch() resolves only when polling stops; start it in the background.
      void bot.launch({ dropPendingUpdates: false }).catch((error: unknown) => this.logger.error({ err: error }, 'bot polling stopped'));
      this.logger.info({ username: bot.botInfo.username, local: Boolean(this.localApi) }, 'bot polling for updates');
    }
  }

  /** Before the database pool closes: stop taking updates, then let readings under way finish. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.bot && !this.webhookServer) {
      try {
        this.bot.stop('shutdown');
      } catch {
        // not running
      }
    }
    await new Promise<void>((resolve) => (this.webhookServer ? this.webhookServer.close(() => resolve()) : resolve()));
    // Readings under way finish (or fail and release) before the pool closes.
    await this.tasks?.drain();
    await this.localApi?.stop();
    await this.egressProxy?.stop();
    this.redis?.disconnect();
    await this.pool.end();
  }

  private interpreter(): Interpreter {
    if (!this.config.OPENAI_API_KEY) return new OfflineInterpreter(cardById);
    return new OpenAiInterpreter(
      { apiKey: this.config.OPENAI_API_KEY, baseURL: this.config.OPENAI_BASE_URL, timeoutMs: this.config.OPENAI_TIMEOUT_MS },
      this.config.OPENAI_MODEL,
      DECK,
    );
  }

  /**
   * Admits an update: Telegram re-delivers an update when it thinks we missed it, so each update
   * id is taken once; and each user is rate limited (PostgreSQL store, Redis when REDIS_URL is
   * set), answered politely. Both checks are independent, so they run side by side (one round
   * trip of latency instead of two); a re-delivered update costs its sender one point.
   */
  private admitUpdate() {
    const options = { keyPrefix: 'bot', points: this.config.BOT_RATE_LIMIT_PER_MINUTE, duration: 60 };
    let limiter: RateLimiterPostgres | RateLimiterRedis;
    if (this.config.REDIS_URL) {
      this.redis = new Redis(this.config.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false });
      limiter = new RateLimiterRedis({ ...options, storeClient: this.redis });
    } else {
      limiter = new RateLimiterPostgres({ ...options, storeClient: this.pool, tableName: 'bot_rate_limits', tableCreated: true });
    }
    // Updates come in batches (getUpdates hands out up to 100, handled side by side): the ids a
    // batch asks about in one tick are taken with one INSERT.
    const firstDeliveries = new DataLoader<number, boolean>(
      async (updateIds) => {
        const { rows } = await this.pool.query<{ update_id: string }>({
          name: 'bot-take-updates',
          text: 'INSERT INTO bot_processed_updates (update_id) SELECT unnest($1::bigint[]) ON CONFLICT (update_id) DO NOTHING RETURNING update_id',
          values: [updateIds],
        });
        const taken = new Set(rows.map((row) => Number(row.update_id)));
        // The same id twice in one batch is one delivery and one re-delivery.
        return updateIds.map((id) => taken.delete(id));
      },
      { cache: false },
    );
    const firstDelivery = (updateId: number) => firstDeliveries.load(updateId);
    const withinLimit = async (from: number | undefined): Promise<true | RateLimiterRes> => {
      if (from === undefined) return true;
      try {
        await limiter.consume(String(from));
        return true;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return rejection;
        throw rejection;
      }
    };
    return async (ctx: BotContext, next: () => Promise<void>) => {
      // Telegram's payment updates are not the user typing: a payment dropped here would be money
      // taken and never recorded, and a pre-checkout query left unanswered a payment refused.
      const payment = isPaymentUpdate(ctx.update);
      const [first, limit] = await Promise.all([firstDelivery(ctx.update.update_id), payment ? (true as const) : withinLimit(ctx.from?.id)]);
      if (!first) {
        this.logger.info({ update: ctx.update.update_id }, 'skipping a re-delivered update');
        return;
      }
      if (limit !== true) {
        const seconds = Math.max(1, Math.ceil(limit.msBeforeNext / 1000));
        await ctx.reply(t(languageOf(ctx.from?.language_code), 'rateLimited', { seconds })).catch(() => undefined);
        return;
      }
      return next();
    };
  }
}

@Module({})
export class BotModule {
  static forRoot(core: CoreOptions, options: BotOptions = {}): DynamicModule {
    return {
      module: BotModule,
      imports: [CoreModule.forRoot(core)],
      providers: [
        { provide: BOT_STATE_POOL, useFactory: () => createPool(core.databaseUrl, { applicationName: `${core.appName}-state`, max: 10, asyncCommit: true }) },
        { provide: BOT_OPTIONS, useValue: options },
        BotService,
      ],
      exports: [BotService],
    };
  }
}
