import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { STRIPE_API_VERSION } from './stripe-client';
import { verifyStripeWebhook } from './stripe-webhooks';

const secret = 'whsec_test_verification_secret';
const event = {
  id: 'evt_1',
  object: 'event',
  api_version: STRIPE_API_VERSION,
  created: 1_700_000_000,
  type: 'checkout.session.completed',
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  data: { object: { id: 'cs_test_1', object: 'checkout.session' } },
};
const payload = JSON.stringify(event, null, 2);
const nowMs = 1_800_000_000_000;
const sign = (body: string, at = nowMs / 1000, key = secret) => Stripe.webhooks.generateTestHeaderString({ payload: body, secret: key, timestamp: at });

describe('verifyStripeWebhook', () => {
  it('accepts the raw body signed with our secret and returns the typed event', () => {
    const result = verifyStripeWebhook(Buffer.from(payload), sign(payload), secret, { now: nowMs });
    expect(result).toMatchObject({ ok: true, event: { id: 'evt_1', type: 'checkout.session.completed' }, signedAt: nowMs / 1000 });
  });

  it('refuses a body changed after signing, even by re-serialising the same JSON', () => {
    const header = sign(payload);
    expect(verifyStripeWebhook(Buffer.from(payload.replace('cs_test_1', 'cs_test_2')), header, secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(verifyStripeWebhook(JSON.stringify(event), header, secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a signature made with another secret', () => {
    expect(verifyStripeWebhook(payload, sign(payload, nowMs / 1000, 'whsec_other'), secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a correctly signed body older than 300 s, and accepts one 299 s old', () => {
    expect(verifyStripeWebhook(payload, sign(payload, nowMs / 1000 - 301), secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'stale_timestamp' });
    expect(verifyStripeWebhook(payload, sign(payload, nowMs / 1000 - 299), secret, { now: nowMs })).toMatchObject({ ok: true });
  });

  it('refuses a signature dated more than 300 s ahead', () => {
    expect(verifyStripeWebhook(payload, sign(payload, nowMs / 1000 + 301), secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'stale_timestamp' });
  });

  it('refuses a missing or malformed header', () => {
    expect(verifyStripeWebhook(payload, undefined, secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'missing_signature' });
    expect(verifyStripeWebhook(payload, 'v1=abc', secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'missing_signature' });
  });

  it('refuses a signed body that is not a JSON Stripe event', () => {
    expect(verifyStripeWebhook('not json', sign('not json'), secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'not_json' });
    expect(verifyStripeWebhook('{"id":"x"}', sign('{"id":"x"}'), secret, { now: nowMs })).toMatchObject({ ok: false, reason: 'not_json' });
  });

  it('names neither the secret nor the signature in its refusals', () => {
    const header = sign(payload);
    const result = verifyStripeWebhook(payload + ' ', header, secret, { now: nowMs });
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(header.split('v1=')[1]);
  });

  it('will not run without a signing secret', () => {
    expect(() => verifyStripeWebhook(payload, sign(payload), ' ')).toThrow(/signing secret is missing/);
  });
});
