import type { Tier, TierLimits } from '@app/domain';
import { Logger as GraphileLogger, makeWorkerUtils, runMigrations, WorkerUtils } from 'graphile-worker';
import type { Pool, PoolClient } from 'pg';
import type { Logger } from '../logging/logger';

/** The one task identifier conversion jobs run under. */
export const CONVERT_TASK = 'convert';

/** Payload of a conversion job: only the id; everything else is read from the event log. */
export interface ConvertJobPayload {
  conversionId: string;
}

/** graphile-worker's logs go to ours, one level quieter (it is chatty at info). */
export function graphileLogger(logger?: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    if (!logger) return;
    const entry = { ...scope, ...meta };
    if (level === 'error') logger.error(entry, message);
    else if (level === 'warning') logger.warn(entry, message);
    else logger.debug(entry, message);
  });
}

/** Installs or upgrades graphile-worker's schema (idempotent; safe with several starters). */
export async function migrateJobQueue(pool: Pool, logger?: Logger): Promise<void> {
  await runMigrations({ pgPool: pool, logger: graphileLogger(logger) });
}

/**
 * Ordering of conversion jobs. graphile-worker runs the lowest `priority` first, then the oldest
 * `run_at`. The tier's rank is the thousands (pro 0xxx, basic 1xxx, free 2xxx) and the user's
 * backlog at enqueue time the units: a user's 1st waiting job gets +0, the 2nd +1, … so a burst
 * of ten links interleaves with other users' single jobs instead of running ahead of them.
 * Each user's jobs share one queue name per allowed concurrent job (graphile runs a named queue
 * serially), so a user never holds more workers than their tier allows.
 */
export interface QueuePlacement {
  queue: string;
  priority: number;
}

export const RANK_STEP = 1000;

/** The rank waiting jobs age from: the tiers table's lowest (free's, 2 by default). */
export function lowestQueueRank(limits: Record<Tier, Pick<TierLimits, 'queueRank'>>): number {
  return Math.max(...Object.values(limits).map((tier) => tier.queueRank));
}

export function placeJob(input: { userId: string; queueRank: number; concurrentJobs: number; backlog: number }): QueuePlacement {
  const slot = input.backlog % Math.max(1, input.concurrentJobs);
  return { queue: `conv:${input.userId}:${slot}`, priority: input.queueRank * RANK_STEP + Math.min(input.backlog, RANK_STEP - 1) };
}

export interface EnqueueInput {
  conversionId: string;
  userId: string;
  tier: Tier;
  queueRank: number;
  concurrentJobs: number;
  maxAttempts: number;
}

/**
 * Adds a conversion job inside the caller's transaction (the enqueuing process manager runs it in
 * the same transaction that moves its checkpoint, so an event is enqueued exactly once). The job
 * key is the conversion id with `unsafe_dedupe`: adding the same conversion again is a no-op.
 */
export async function enqueueConversion(client: PoolClient | Pool, input: EnqueueInput): Promise<QueuePlacement> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM graphile_worker.jobs
      WHERE task_identifier = $1 AND queue_name LIKE $2 AND attempts < max_attempts AND key IS DISTINCT FROM $3`,
    [CONVERT_TASK, `conv:${input.userId}:%`, input.conversionId],
  );
  const placement = placeJob({ userId: input.userId, queueRank: input.queueRank, concurrentJobs: input.concurrentJobs, backlog: rows[0]!.n });
  await client.query(
    `SELECT graphile_worker.add_job($1, $2::json, queue_name => $3, max_attempts => $4, job_key => $5, priority => $6, job_key_mode => 'unsafe_dedupe')`,
    [CONVERT_TASK, JSON.stringify({ conversionId: input.conversionId } satisfies ConvertJobPayload), placement.queue, input.maxAttempts, input.conversionId, placement.priority],
  );
  return placement;
}

/**
 * Takes a cancelled conversion's job off the queue. A job already running is not deleted (the job
 * notices the cancel itself) but is no longer retried.
 */
export async function removeConversionJob(pool: Pool, conversionId: string): Promise<void> {
  await pool.query('SELECT graphile_worker.remove_job($1)', [conversionId]);
}

export interface WaitingJob {
  id: string;
  conversionId: string;
  priority: number;
  runAt: Date;
  createdAt: Date;
  attempts: number;
  locked: boolean;
}

/** Queue operations the worker and the bot need, over graphile-worker's public functions and views. */
export class ConversionQueue {
  private constructor(
    private readonly pool: Pool,
    readonly utils: WorkerUtils,
  ) {}

  static async open(pool: Pool, logger?: Logger): Promise<ConversionQueue> {
    const utils = await makeWorkerUtils({ pgPool: pool, logger: graphileLogger(logger) });
    return new ConversionQueue(pool, utils);
  }

  /** Jobs not yet finished, in the order graphile-worker would pick them. */
  async jobs(limit = 1000): Promise<WaitingJob[]> {
    const { rows } = await this.pool.query<{ id: string; key: string; priority: number; run_at: Date; created_at: Date; attempts: number; locked_at: Date | null }>(
      `SELECT id::text, key, priority, run_at, created_at, attempts, locked_at FROM graphile_worker.jobs
        WHERE task_identifier = $1 AND attempts < max_attempts AND key IS NOT NULL
        ORDER BY priority, run_at, id LIMIT $2`,
      [CONVERT_TASK, limit],
    );
    return rows.map((r) => ({ id: r.id, conversionId: r.key, priority: r.priority, runAt: r.run_at, createdAt: r.created_at, attempts: r.attempts, locked: r.locked_at !== null }));
  }

  /** Jobs that used their last attempt without finishing (their worker crashed): they will not run again. */
  async exhaustedJobs(): Promise<{ id: string; conversionId: string; lastError: string | null }[]> {
    const { rows } = await this.pool.query<{ id: string; key: string; last_error: string | null }>(
      `SELECT id::text, key, last_error FROM graphile_worker.jobs
        WHERE task_identifier = $1 AND key IS NOT NULL AND locked_at IS NULL AND attempts >= max_attempts`,
      [CONVERT_TASK],
    );
    return rows.map((r) => ({ id: r.id, conversionId: r.key, lastError: r.last_error }));
  }

  /**
   * Aging: after each `agingSeconds` of waiting, the highest rank a job may have goes up by one
   * (from `lowestRank`: free → basic → pro); the backlog units of its priority are kept, and so is
   * its run_at, so an aged job also keeps its place among jobs of its new rank.
   */
  async ageWaiting(agingSeconds: number, lowestRank: number): Promise<void> {
    const { rows } = await this.pool.query<{ id: string; target: number }>(
      `SELECT id::text, target FROM (
         SELECT id, priority, (greatest(0, $3 - floor(extract(epoch FROM now() - run_at) / $2)::int) * $1 + priority % $1) AS target
           FROM graphile_worker.jobs
          WHERE task_identifier = $4 AND locked_at IS NULL AND attempts < max_attempts AND priority >= $1) j
        WHERE target < priority`,
      [RANK_STEP, agingSeconds, lowestRank, CONVERT_TASK],
    );
    // graphile's own rescheduleJobs() treats priority 0 (pro rank) as "unchanged": call the SQL function.
    for (const row of rows) await this.pool.query('SELECT graphile_worker.reschedule_jobs(ARRAY[$1]::bigint[], priority => $2::int)', [row.id, row.target]);
  }

  async release(): Promise<void> {
    await this.utils.release();
  }
}
