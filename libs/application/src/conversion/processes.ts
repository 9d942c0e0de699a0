import { AudioDelivered, ConversionRequested, conversion, conversionStream, Tier, TierLimits } from '@app/domain';
import { deterministicId, enqueueConversion, systemActor } from '@app/infrastructure';
import type { AggregateRunner, Commands, Logger, Projection, RecordedEvent } from '@app/infrastructure';
import { reservationSettlement } from '../credits/settlement';

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
 * Each conversion's credits, settled from the log: captured on AudioDelivered, released on
 * ConversionFailed (any reason, cancel included). The reservation id is the conversion id.
 */
export function conversionSettlement(commands: Commands, logger: Logger): Projection {
  return reservationSettlement(commands, logger, {
    subject: 'conversion',
    captureOn: 'AudioDelivered',
    releaseOn: 'ConversionFailed',
    reservationOf: (data) => {
      const { conversionId, userId } = data as AudioDelivered['data'];
      return { reservationId: conversionId, userId };
    },
  });
}
