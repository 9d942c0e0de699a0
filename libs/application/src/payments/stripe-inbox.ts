import { currentSchemaVersion } from '@app/domain';
import { deterministicId, WrongExpectedRevisionError } from '@app/infrastructure';
import type { EventStore, RecordedEvent } from '@app/infrastructure';

/** One stream per Stripe event: the stream's existence is what makes a re-delivery a no-op. */
export const stripeEventStream = (stripeEventId: string): string => `stripe-event-${stripeEventId}`;

export const STRIPE_EVENT_RECEIVED = 'StripeEventReceived';

/**
 * A verified Stripe event as it arrived: the envelope's facts and the object snapshot. The
 * snapshot is kept for the audit; the process manager fetches the current object where order
 * matters rather than trusting it.
 */
export interface StripeEventReceivedData {
  id: string;
  type: string;
  api_version: string | null;
  /** Seconds since epoch, as Stripe stamps it (a test clock's time for test-clock objects). */
  created: number;
  livemode: boolean;
  /** The id of `data.object` (`cs_…`, `in_…`, `sub_…`, `ch_…`, `re_…`, `dp_…`), when it has one. */
  objectId?: string;
  object: Record<string, unknown>;
  previous_attributes?: Record<string, unknown>;
}

/** What the inbox needs of a Stripe event (a `Stripe.Event` fits). */
export interface StripeEventLike {
  id: string;
  type: string;
  api_version?: string | null;
  created: number;
  livemode: boolean;
  data: { object: unknown; previous_attributes?: unknown };
}

export interface StripeInboxResult {
  /** False when this event was already in the log (a re-delivery): nothing was written. */
  recorded: boolean;
}

/**
 * The inbox: appends the event to `stripe-event-<id>` expecting no stream, in one write and
 * without reading anything first, so the webhook can answer as soon as it is durable. A second
 * delivery of the same event finds the stream there and changes nothing (the store refuses the
 * expected revision, or sees the same event id: either way, a no-op).
 */
export async function recordStripeEvent(store: EventStore, event: StripeEventLike, now: Date = new Date()): Promise<StripeInboxResult> {
  const object = (event.data.object ?? {}) as Record<string, unknown>;
  const data: StripeEventReceivedData = {
    id: event.id,
    type: event.type,
    api_version: event.api_version ?? null,
    created: event.created,
    livemode: event.livemode,
    ...(typeof object.id === 'string' ? { objectId: object.id } : {}),
    object,
    ...(event.data.previous_attributes ? { previous_attributes: event.data.previous_attributes as Record<string, unknown> } : {}),
  };
  const streamName = stripeEventStream(event.id);
  try {
    const result = await store.appendToStream(
      streamName,
      [
        {
          id: deterministicId(`stripe-event:${event.id}`),
          type: STRIPE_EVENT_RECEIVED,
          data,
          metadata: {
            correlationId: deterministicId(`stripe-event:${event.id}`),
            causationId: deterministicId(`stripe-event:${event.id}`),
            actor: { kind: 'stripe', id: 'webhook' },
            schemaVersion: currentSchemaVersion(STRIPE_EVENT_RECEIVED),
            occurredAt: now.toISOString(),
          },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    return { recorded: result.appended };
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) return { recorded: false };
    throw error;
  }
}

export const isStripeEventReceived = (event: RecordedEvent): event is RecordedEvent<StripeEventReceivedData> =>
  event.type === STRIPE_EVENT_RECEIVED;
