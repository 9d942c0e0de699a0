import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  AGGREGATE_RUNNER,
  APP_CONFIG,
  Commands,
  CONVERT_TASK,
  ConversionQueue,
  CoreModule,
  EgressProxy,
  egressGuard,
  graphileLogger,
  localBotApiFile,
  LOGGER,
  mediaTools,
  PG_POOL,
  ReadModels,
  processAlive,
  runProcess,
  telegramUploadLimitBytes,
  tierLimits,
} from '@app/infrastructure';
import type { AggregateRunner, AppConfig, ConvertJobPayload, CoreOptions, Logger, MediaTools } from '@app/infrastructure';
import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { run, Runner } from 'graphile-worker';
import type { WorkerEvents } from 'graphile-worker';
import type { Pool } from 'pg';
import { Telegram } from 'telegraf';
import { ConversionJob, ConversionJobDeps } from './conversion-job';
import { QueueSupervisor } from './queue-supervisor';

export interface WorkerOptions {
  /** Bot API to send through; default TELEGRAM_BOT_TOKEN/TELEGRAM_API_ROOT, or the local stand-in's file under DATA_DIR. */
  telegram?: { token: string; apiRoot?: string };
  /** Observes job stages (tests). */
  onStage?: ConversionJobDeps['onStage'];
}

export const WORKER_OPTIONS = Symbol('WORKER_OPTIONS');

/** Where this machine's workers keep per-job temporary directories. */
export function mediaWorkRoot(config: AppConfig): string {
  return path.resolve(config.MEDIA_WORK_DIR ?? path.join(os.tmpdir(), 'arcana-media'));
}

/**
 * Runs conversion jobs from the PostgreSQL queue (graphile-worker), WORKER_CONCURRENCY at a time.
 * Any number of these may run on any number of machines against one database.
 */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private runner?: Runner;
  private supervisor?: QueueSupervisor;
  private proxy?: EgressProxy;
  private queue?: ConversionQueue;
  /** This process's work directory: `<root>/w-<pid>-<random>`; removed on stop, swept if the pid is gone. */
  workDir?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(AGGREGATE_RUNNER) private readonly aggregates: AggregateRunner,
    @Inject(WORKER_OPTIONS) private readonly options: WorkerOptions,
    private readonly commands: Commands,
    private readonly readModels: ReadModels,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const config = this.config;
    const root = mediaWorkRoot(config);
    await sweepLeftovers(root, this.logger);
    const instance = `w-${process.pid}-${randomBytes(4).toString('hex')}`;
    this.workDir = path.join(root, instance);

    const { token, apiRoot } = this.options.telegram ?? (await telegramTarget(config));
    const telegram = new Telegram(token, { ...(apiRoot ? { apiRoot } : {}), webhookReply: false });
    this.proxy = await EgressProxy.start(egressGuard(config), { requireToken: true });
    this.queue = await ConversionQueue.open(this.pool, this.logger);
    const tools = mediaTools(config);
    await checkTools(tools, this.logger);
    const job = new ConversionJob({
      commands: this.commands,
      runner: this.aggregates,
      readModels: this.readModels,
      telegram,
      tools,
      proxy: this.proxy,
      logger: this.logger,
      limits: tierLimits(config),
      workRoot: this.workDir,
      uploadLimitBytes: telegramUploadLimitBytes({ ...config, TELEGRAM_API_ROOT: apiRoot }),
      downloadTimeoutMs: config.DOWNLOAD_TIMEOUT_SECONDS * 1000,
      jobTimeoutMs: config.JOB_TIMEOUT_SECONDS * 1000,
      progressIntervalMs: config.CONVERSION_PROGRESS_INTERVAL_MS,
      ...(this.options.onStage ? { onStage: this.options.onStage } : {}),
    });
    this.supervisor = new QueueSupervisor(this.pool, this.queue, this.commands, this.aggregates, telegram, this.logger, {
      instance,
      staleAfterMs: config.WORKER_STALE_AFTER_MS,
      agingSeconds: config.QUEUE_AGING_SECONDS,
      limits: tierLimits(config),
      progressIntervalMs: config.CONVERSION_PROGRESS_INTERVAL_MS,
    });
    // graphile-worker locks jobs in the name of the worker pool (`locked_by` = the pool's id):
    // that id is what this process heartbeats, registered as the pool is created.
    const supervisor = this.supervisor;
    const events = new EventEmitter() as WorkerEvents;
    const registered: Promise<void>[] = [];
    events.on('pool:create', ({ workerPool }) => void registered.push(supervisor.addWorker(workerPool.id)));
    this.runner = await run({
      pgPool: this.pool,
      concurrency: config.WORKER_CONCURRENCY,
      noHandleSignals: true,
      pollInterval: 1000,
      logger: graphileLogger(this.logger),
      events,
      taskList: {
        [CONVERT_TASK]: async (payload, helpers) => {
          if (helpers.job.locked_by) await supervisor.addWorker(helpers.job.locked_by); // idempotent safety net
          return job.run(payload as ConvertJobPayload, helpers);
        },
      },
    });
    await Promise.all(registered);
    supervisor.start();
    this.logger.info({ concurrency: config.WORKER_CONCURRENCY, workDir: this.workDir }, 'conversion worker running');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.supervisor?.stop();
    await this.runner?.stop();
    await this.queue?.release();
    await this.proxy?.stop();
    if (this.workDir) await rm(this.workDir, { recursive: true, force: true });
  }
}

/** Says clearly at start when a media tool is missing (jobs would fail one by one otherwise). */
async function checkTools(tools: MediaTools, logger: Logger): Promise<void> {
  for (const [name, command, flag] of [
    ['ffmpeg', tools.ffmpeg, '-version'],
    ['ffprobe', tools.ffprobe, '-version'],
    ['yt-dlp', tools.ytDlp, '--version'],
  ] as const) {
    try {
      await runProcess(command, { args: [flag], timeoutMs: 15_000 });
    } catch {
      logger.error({ tool: name, path: command }, `${name} not found: conversions will fail until it is installed (Debian: apt-get install ffmpeg yt-dlp) or its path is set`);
    }
  }
}

/** Removes the work directories of worker processes that are no longer alive on this machine. */
export async function sweepLeftovers(root: string, logger: Logger): Promise<number> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = /^w-(\d+)-[0-9a-f]+$/.exec(name);
    if (!match) continue;
    if (processAlive(Number(match[1]))) continue;
    await rm(path.join(root, name), { recursive: true, force: true });
    removed++;
  }
  if (removed > 0) logger.info({ removed, root }, 'removed work directories left by stopped workers');
  return removed;
}


async function telegramTarget(config: AppConfig): Promise<{ token: string; apiRoot?: string }> {
  if (config.TELEGRAM_BOT_TOKEN) return { token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) };
  // Local mode: the bot started the Bot API stand-in and wrote where it listens.
  const file = localBotApiFile(config.DATA_DIR);
  for (let i = 0; i < 60; i++) {
    try {
      const { url, token } = JSON.parse(await readFile(file, 'utf8')) as { url: string; token: string };
      return { token, apiRoot: url };
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`no TELEGRAM_BOT_TOKEN and no local Bot API stand-in described in ${file}: start the bot first`);
}

@Module({})
export class WorkerModule {
  static forRoot(core: CoreOptions, options: WorkerOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(core)],
      providers: [{ provide: WORKER_OPTIONS, useValue: options }, WorkerService],
      exports: [WorkerService],
    };
  }
}
