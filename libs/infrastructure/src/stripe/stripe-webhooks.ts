import Stripe from 'stripe';

/** Stripe's own default, and what issue 11 asks for: a signed body older than this is refused. */
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;

export type StripeWebhookRefusal =
  /** No `Stripe-Signature` header, or one without `t=` and `v1=`. */
  | 'missing_signature'
  /** No v1 signature matches the body under our signing secret (tampered body, wrong secret). */
  | 'bad_signature'
  /** Signature fine but its timestamp is outside the tolerance (a replay, or a clock far off). */
  | 'stale_timestamp'
  /** Signed, but not a JSON Stripe event. */
  | 'not_json';

export type StripeWebhookVerification =
  | { ok: true; event: Stripe.Event; /** The signature's timestamp (s). */ signedAt: number }
  | { ok: false; reason: StripeWebhookRefusal; message: string };

export interface VerifyStripeWebhookOptions {
  toleranceSeconds?: number;
  /** Time of receipt, ms since epoch (tests); default now. */
  now?: number;
}

/**
 * Checks a webhook delivery: the RAW body bytes exactly as received (a re-serialised JSON body
 * never matches), the `Stripe-Signature` header and our signing secret. Returns the event or why it
 * was refused; never throws for a bad delivery, so the caller can answer 400 with the reason. The
 * messages name no secret and quote no signature.
 */
export function verifyStripeWebhook(
  rawBody: Buffer | string,
  signatureHeader: string | string[] | undefined,
  signingSecret: string,
  options: VerifyStripeWebhookOptions = {},
): StripeWebhookVerification {
  if (!signingSecret?.trim()) throw new Error('Stripe webhook signing secret is missing (STRIPE_WEBHOOK_SECRET)');
  const header = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
  const tolerance = options.toleranceSeconds ?? STRIPE_WEBHOOK_TOLERANCE_SECONDS;
  const now = options.now ?? Date.now();
  const signedAt = header ? timestampOf(header) : undefined;
  if (!header || signedAt === undefined || !/(^|,)\s*v1=/.test(header)) {
    return { ok: false, reason: 'missing_signature', message: 'Stripe-Signature header missing or malformed' };
  }
  const payload = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  if (payload.length === 0) return { ok: false, reason: 'not_json', message: 'empty body' };
  try {
    Stripe.webhooks.signature!.verifyHeader(payload, header, signingSecret, tolerance, undefined, now);
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) throw error;
    if (/tolerance/i.test(error.message)) {
      return { ok: false, reason: 'stale_timestamp', message: `signature timestamp older than ${tolerance} s` };
    }
    return { ok: false, reason: 'bad_signature', message: 'no signature matches the body' };
  }
  // The SDK accepts any future timestamp; a signature dated far ahead is as suspicious as an old one.
  if (signedAt - Math.floor(now / 1000) > tolerance) {
    return { ok: false, reason: 'stale_timestamp', message: `signature timestamp more than ${tolerance} s in the future` };
  }
  let event: unknown;
  try {
    event = JSON.parse(payload.toString('utf8'));
  } catch {
    return { ok: false, reason: 'not_json', message: 'body is not JSON' };
  }
  if (!isEvent(event)) return { ok: false, reason: 'not_json', message: 'body is not a Stripe event' };
  return { ok: true, event, signedAt };
}

function timestampOf(header: string): number | undefined {
  const match = /(?:^|,)\s*t=(\d+)/.exec(header);
  return match ? Number(match[1]) : undefined;
}

function isEvent(value: unknown): value is Stripe.Event {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  return (
    event.object === 'event' &&
    typeof event.id === 'string' &&
    typeof event.type === 'string' &&
    typeof event.data === 'object' &&
    event.data !== null &&
    typeof (event.data as Record<string, unknown>).object === 'object'
  );
}
