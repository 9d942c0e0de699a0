import { recordStripeEvent } from '@app/application';
import { APP_CONFIG, EVENT_STORE, verifyStripeWebhook } from '@app/infrastructure';
import type { AppConfig, EventStore } from '@app/infrastructure';
import { Controller, Headers, HttpCode, HttpException, Inject, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrorResponses } from '../http/api-error.dto';
import type { ApiErrorBody } from '../http/error.filter';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
/** Larger than any Stripe event we subscribe to (they are a few KB), small enough to refuse junk early. */
export const STRIPE_WEBHOOK_MAX_BYTES = 512 * 1024;

export class StripeWebhookAckDto {
  @ApiProperty({ description: 'Always true: the event is in our log (now or from an earlier delivery)' })
  received!: boolean;

  @ApiProperty({ description: 'True when this event was already recorded (a re-delivery): nothing changed' })
  duplicate!: boolean;
}

/**
 * Stripe's webhook: no bearer token (the signature over the raw body is the authentication).
 * A verified event is appended to the log (the inbox) and acknowledged at once; the
 * `stripe_events` process manager does the work from there.
 */
@ApiTags('webhooks')
@Controller('webhooks')
export class StripeWebhookController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stripe webhook endpoint: verifies the signature over the raw body, records the event once, answers at once',
    description:
      'Configure it in Stripe with the pinned API version and the events: checkout.session.completed, checkout.session.async_payment_succeeded, ' +
      'checkout.session.async_payment_failed, checkout.session.expired, invoice.paid, invoice.payment_failed, customer.subscription.updated, ' +
      'customer.subscription.deleted, charge.refunded, refund.created, refund.updated, charge.dispute.created, charge.dispute.updated, charge.dispute.closed. ' +
      'A re-delivered event answers 200 and changes nothing.',
  })
  @ApiHeader({ name: 'Stripe-Signature', required: true, description: 'Stripe’s `t=…,v1=…` signature of the raw body with the endpoint’s signing secret' })
  @ApiConsumes('application/json')
  @ApiBody({ description: 'A Stripe event, exactly as Stripe sent it', schema: { type: 'object', additionalProperties: true } })
  @ApiOkResponse({ type: StripeWebhookAckDto })
  @ApiErrorResponses(
    {
      status: 400,
      description:
        '`invalid_webhook`: missing or malformed signature, a signature that does not match the body, a timestamp outside 300 s, or a body that is not a JSON Stripe event (`details.reason`); `payload_too_large`: over 512 KB. Nothing is recorded.',
    },
    { status: 503, description: '`stripe_not_configured`: STRIPE_WEBHOOK_SECRET is not set' },
  )
  async receive(@Req() request: RawBodyRequest<Request>, @Headers('stripe-signature') signature?: string): Promise<StripeWebhookAckDto> {
    // Reached only where the fast path in front of Express (stripe-webhook.edge.ts) is not installed.
    const answer = await acceptStripeWebhook(this.store, this.config.STRIPE_WEBHOOK_SECRET, request.rawBody, signature);
    if (answer.status === 200) return answer.body;
    throw new HttpException(answer.body, answer.status);
  }
}

export type StripeWebhookAnswer = { status: 200; body: StripeWebhookAckDto } | { status: 400 | 503; body: ApiErrorBody };

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
