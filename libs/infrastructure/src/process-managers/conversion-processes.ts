import { AudioDelivered, ConversionFailed, ConversionRequested, conversion, conversionStream, DomainError, Tier, TierLimits } from '@app/domain';
import { AggregateRunner } from '../command-handling/aggregate-runner';
import { Commands } from '../command-handling/commands';
import { enqueueConversion } from '../conversion/queue';
import { deterministicId, systemActor } from '../event-store/envelope';
import { RecordedEvent } from '../event-store/event-store.port';
import type { Logger } from '../logging/logger';
import { Projection } from '../projections/projection';

/**
 * Process manager: each ConversionRequested becomes a job. The job is added in the same
 * transaction that moves this process manager's checkpoint (graphile-worker lives in the same
 * PostgreSQL), so a crash between the event and the enqueue loses nothing and adds nothing twice;
 * ConversionQueued is then recorded (idempotent command id).
 */
export function conversionEnqueuer(deps: { commands: Commands; runner: AggregateRunner; limits: Record<Tier, TierLimits>; maxAttempts: number }): Projection {
  return {
    name: 'conversion_enqueuer',
    filter: { eventTypes: ['ConversionRequested'] },
    tables: [],
    async handle(events, { client }) {
      for (const event of events as RecordedEvent<ConversionRequested['data']>[]) {
        const request = event.data;
        // Already served from the cache, cancelled or failed before we got here: nothing to run.
        const { state } = await deps.runner.state(conversion, conversionStream(request.conversionId));
        if (state.status !== 'requested' && state.status !== 'queued') continue;
        const limits = deps.limits[request.tier];
        const placement = await enqueueConversion(client, {
          conversionId: request.conversionId,
          userId: request.userId,
          tier: request.tier,
          queueRank: limits.queueRank,
          concurrentJobs: limits.concurrentJobs,
          maxAttempts: deps.maxAttempts,
        });
        await deps.commands.conversion(
          { type: 'QueueConversion', commandId: deterministicId(`queue:${request.conversionId}`), conversionId: request.conversionId, ...placement },
          { actor: systemActor('conversion-enqueuer'), causationId: event.id, correlationId: event.metadata.correlationId },
        );
      }
    },
  };
}

/**
 * Process manager: settles each conversion's credits. Delivered → CaptureReservation; failed
 * (any reason, cancel included) → ReleaseReservation. Command ids derive from the conversion, so
 * a replay settles nothing twice. A reservation already settled elsewhere (the expiry sweeper)
 * is logged, not retried.
 */
export function conversionSettlement(commands: Commands, logger: Logger): Projection {
  return {
    name: 'conversion_settlement',
    filter: { eventTypes: ['AudioDelivered', 'ConversionFailed'] },
    tables: [],
    async handle(events) {
      for (const event of events as RecordedEvent<(AudioDelivered | ConversionFailed)['data']>[]) {
        const { conversionId, userId } = event.data;
        const context = { actor: systemActor('conversion-settlement'), causationId: event.id, correlationId: event.metadata.correlationId };
        try {
          if (event.type === 'AudioDelivered') {
            await commands.ledger({ type: 'CaptureReservation', commandId: deterministicId(`conversion-capture:${conversionId}`), userId, reservationId: conversionId }, context);
          } else {
            const reason = (event.data as ConversionFailed['data']).reason;
            await commands.ledger(
              { type: 'ReleaseReservation', commandId: deterministicId(`conversion-release:${conversionId}`), userId, reservationId: conversionId, reason: `conversion ${reason}` },
              context,
            );
          }
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          logger.warn({ conversionId, code: error.code, err: error.message }, 'conversion reservation could not be settled');
        }
      }
    },
  };
}
