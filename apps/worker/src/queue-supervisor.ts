import { hostname } from 'node:os';
import { DEFAULT_TIER_LIMITS, DomainError } from '@app/domain';
import type { Tier, TierLimits } from '@app/domain';
import {
  AggregateRunner,
  Commands,
  conversionCancelKeyboard,
  ConversionQueries,
  ConversionQueue,
  deterministicId,
  lowestQueueRank,
  withRetryAfter,
} from '@app/infrastructure';
import type { Logger } from '@app/infrastructure';
import type { Pool } from 'pg';
import type { Telegram } from 'telegraf';
import { conversionText } from '@app/texts';
import { userLanguage } from '@app/application';

export interface SupervisorOptions {
  instance: string;
  staleAfterMs: number;
  agingSeconds: number;
  progressIntervalMs: number;
  /** The tiers in force: aging lifts a job from the lowest rank they give (default: the product's tiers). */
  limits?: Record<Tier, TierLimits>;
  tickMs?: number;
}

const NOTIFIER_LOCK = 0x61756469; // one notifier and one reaper across all workers

/**
 * Housekeeping beside the job runner, on every worker:
 * - heartbeats for this process's graphile-worker ids;
 * - unlocks jobs held by workers that stopped heart-beating (killed, lost) so they are retried,
 *   and fails conversions whose job has no attempts left;
 * - ages waiting jobs one tier rank per QUEUE_AGING_SECONDS so nobody is starved;
 * - edits each waiting conversion's status message with its queue position.
 * The last three run on one worker at a time (advisory lock).
 */
export class QueueSupervisor {
  private readonly workerIds = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly shownPositions = new Map<string, { position: number; at: number }>();
  /** Where each waiting conversion's status message is (the conversions read model). */
  private readonly conversions: ConversionQueries;

  constructor(
    private readonly pool: Pool,
    private readonly queue: ConversionQueue,
    private readonly commands: Commands,
    private readonly runner: AggregateRunner,
    private readonly telegram: Telegram,
    private readonly logger: Logger,
    private readonly options: SupervisorOptions,
  ) {
    this.conversions = new ConversionQueries(pool);
  }

  /** Registers a graphile-worker pool id of this process for heartbeats (idempotent). */
  async addWorker(workerId: string): Promise<void> {
    if (this.workerIds.has(workerId)) return;
    this.workerIds.add(workerId);
    await this.pool.query(
      `INSERT INTO conversion_workers (worker_id, instance, host, pid) VALUES ($1, $2, $3, $4)
       ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
      [workerId, this.options.instance, hostname(), process.pid],
    );
  }

  start(): void {
    const tick = () => {
      this.running = this.tick()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'queue supervisor tick failed'))
        .finally(() => {
          if (this.timer !== undefined) this.timer = setTimeout(tick, this.options.tickMs ?? 1000);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    await this.pool.query('DELETE FROM conversion_workers WHERE instance = $1', [this.options.instance]).catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.workerIds.size > 0) {
      await this.pool.query('UPDATE conversion_workers SET seen_at = now() WHERE worker_id = ANY($1)', [[...this.workerIds]]);
    }
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [NOTIFIER_LOCK]);
      if (!rows[0]!.ok) return;
      try {
        await this.reapDeadWorkers();
        await this.ageWaitingJobs();
        await this.showQueuePositions();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [NOTIFIER_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  private async reapDeadWorkers(): Promise<void> {
    const { rows } = await this.pool.query<{ locked_by: string }>(
      `SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
        WHERE j.locked_by IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM conversion_workers w WHERE w.worker_id = j.locked_by AND w.seen_at > now() - make_interval(secs => $1))`,
      [this.options.staleAfterMs / 1000],
    );
    const dead = rows.map((r) => r.locked_by);
    if (dead.length > 0) {
      this.logger.warn({ workers: dead }, 'unlocking jobs of workers that stopped responding');
      await this.queue.utils.forceUnlockWorkers(dead);
      await this.pool.query('DELETE FROM conversion_workers WHERE worker_id = ANY($1)', [dead]);
    }
    // A job that used its last attempt on a crashed worker will not run again: fail its conversion.
    const exhausted = await this.queue.exhaustedJobs();
    for (const job of exhausted) {
      try {
        await this.commands.conversion(
          { type: 'FailConversion', commandId: deterministicId(`failed:${job.conversionId}`), conversionId: job.conversionId, reason: 'internal', detail: `no attempts left: ${job.lastError ?? 'worker stopped'}`.slice(0, 300) },
          { actor: { kind: 'system', id: 'queue-supervisor' }, correlationId: job.conversionId },
        );
      } catch (error) {
        // Already delivered or failed: nothing to record. Anything else (an outage): try again next tick.
        if (!(error instanceof DomainError)) throw error;
      }
      await this.queue.utils.completeJobs([job.id]);
    }
    await this.pool.query(`DELETE FROM conversion_workers WHERE seen_at < now() - make_interval(secs => $1)`, [(this.options.staleAfterMs * 10) / 1000]);
  }

  /** After each QUEUE_AGING_SECONDS of waiting, the highest rank a job may have goes up by one (free → basic → pro). */
  private async ageWaitingJobs(): Promise<void> {
    await this.queue.ageWaiting(this.options.agingSeconds, lowestQueueRank(this.options.limits ?? DEFAULT_TIER_LIMITS));
  }

  /**
   * Edits waiting conversions' status messages with their queue position. Edits are made right
   * after reading the queue (never from a timer that could fire after a worker took the job), at
   * most once per interval per message; the bot's confirm already showed "you are next".
   */
  private async showQueuePositions(): Promise<void> {
    const jobs = await this.queue.jobs(500);
    const waiting = jobs.filter((j) => !j.locked);
    const seen = new Set<string>();
    const now = Date.now();
    for (const [index, job] of waiting.entries()) {
      seen.add(job.conversionId);
      const position = index + 1;
      const known = this.shownPositions.get(job.conversionId);
      if (!known) {
        this.shownPositions.set(job.conversionId, { position: 1, at: now });
        if (position === 1) continue;
      } else if (known.position === position || now - known.at < this.options.progressIntervalMs) {
        continue;
      }
      const message = await this.conversions.statusMessage(job.conversionId);
      if (!message?.statusMessageId) continue;
      const { chatId, statusMessageId } = message;
      const lang = await userLanguage(this.runner, message.userId);
      const text = position === 1 ? conversionText(lang, 'queuedNext') : conversionText(lang, 'queued', { position });
      this.shownPositions.set(job.conversionId, { position, at: Date.now() });
      await withRetryAfter(() => this.telegram.editMessageText(chatId, statusMessageId, undefined, text, conversionCancelKeyboard(conversionText(lang, 'cancelJob'), job.conversionId))).catch(
        (error: unknown) => this.logger.debug({ err: error, conversionId: job.conversionId }, 'queue position edit failed'),
      );
    }
    for (const id of this.shownPositions.keys()) if (!seen.has(id)) this.shownPositions.delete(id);
  }

}

