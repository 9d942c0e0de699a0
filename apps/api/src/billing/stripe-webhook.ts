import { recordStripeEvent } from '@app/application';
import { verifyStripeWebhook } from '@app/infrastructure';
import type { EventStore } from '@app/infrastructure';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ApiErrorBody } from '../http/error.filter';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
/** Larger than any Stripe event we subscribe to (they are a few KB), small enough to refuse junk early. */
export const STRIPE_WEBHOOK_MAX_BYTES = 512 * 1024;

/** What a delivery is told when its event is in our log (now, or from an earlier delivery). */
export interface StripeWebhookAck {
  received: true;
  /** True when this event was already recorded (a re-delivery): nothing changed. */
  duplicate: boolean;
}

export type StripeWebhookAnswer = { status: 200; body: StripeWebhookAck } | { status: 400 | 503; body: ApiErrorBody };

/**
 * What a webhook delivery gets: 503 without a signing secret; 400 (nothing recorded) for a
 * missing or bad signature, a stale timestamp or a body that is not a Stripe event; else the
 * event is appended to the inbox (once, however often it comes) and acknowledged.
 */
export async function acceptStripeWebhook(store: EventStore, secret: string | undefined, raw: Buffer | undefined, signature: string | string[] | undefined): Promise<StripeWebhookAnswer> {
  if (!secret) return { status: 503, body: { error: 'stripe_not_configured', message: 'Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)' } };
  if (!raw || raw.length === 0) {
    return { status: 400, body: { error: 'invalid_webhook', message: 'expected the event as an application/json body', details: { reason: 'not_json' } } };
  }
  const verified = verifyStripeWebhook(raw, signature, secret);
  if (!verified.ok) return { status: 400, body: { error: 'invalid_webhook', message: verified.message, details: { reason: verified.reason } } };
  const { recorded } = await recordStripeEvent(store, verified.event);
  return { status: 200, body: { received: true, duplicate: !recorded } };
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['post']>;

/**
 * The webhook route in the OpenAPI document. It is served in front of Nest (stripe-webhook.edge.ts),
 * so no controller declares it; this says what one would: no bearer token (the signature over the
 * raw body is the authentication), the events to configure, and the answers.
 */
export function stripeWebhookOperation(errorSchemaRef: string): Operation {
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: errorSchemaRef } } } });
  return {
    tags: ['webhooks'],
    summary: 'Stripe webhook endpoint: verifies the signature over the raw body, records the event once, answers at once',
    description:
      'Configure it in Stripe with the pinned API version and the events: checkout.session.completed, checkout.session.async_payment_succeeded, ' +
      'checkout.session.async_payment_failed, checkout.session.expired, invoice.paid, invoice.payment_failed, customer.subscription.updated, ' +
      'customer.subscription.deleted, charge.refunded, refund.created, refund.updated, charge.dispute.created, charge.dispute.updated, charge.dispute.closed. ' +
      'A re-delivered event answers 200 and changes nothing.',
    parameters: [
      { name: 'Stripe-Signature', in: 'header', required: true, description: 'Stripe’s `t=…,v1=…` signature of the raw body with the endpoint’s signing secret', schema: { type: 'string' } },
    ],
    requestBody: { required: true, description: 'A Stripe event, exactly as Stripe sent it', content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } } },
    responses: {
      '200': {
        description: 'The event is in our log',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['received', 'duplicate'],
              properties: {
                received: { type: 'boolean', description: 'Always true: the event is in our log (now or from an earlier delivery)' },
                duplicate: { type: 'boolean', description: 'True when this event was already recorded (a re-delivery): nothing changed' },
              },
            },
          },
        },
      },
      '400': error(
        '`invalid_webhook`: missing or malformed signature, a signature that does not match the body, a timestamp outside 300 s, or a body that is not a JSON Stripe event (`details.reason`); `payload_too_large`: over 512 KB. Nothing is recorded.',
      ),
      '503': error('`stripe_not_configured`: STRIPE_WEBHOOK_SECRET is not set'),
    },
  };
}
