import Stripe from 'stripe';

/**
 * The Stripe API version this code is written against. Pinned here (not left to the SDK default)
 * so that an SDK upgrade cannot change object shapes under us unnoticed: the compiler refuses the
 * literal if the installed SDK no longer speaks it. Create the webhook endpoint with the same
 * `api_version`, so that webhook payloads have the same shapes as API responses.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const satisfies Stripe.LatestApiVersion;

export interface StripeClientOptions {
  /** `sk_live_…`/`sk_test_…` for real Stripe; any `sk_test_…` string for the local stand-in. */
  secretKey: string;
  /**
   * A local server speaking Stripe's API (the stand-in), e.g. `http://127.0.0.1:4010`. Without it
   * the client talks to api.stripe.com over HTTPS.
   */
  baseUrl?: string;
  /** Per request, ms (default 10 s: long enough for Stripe's p99, short enough to fail a command cleanly). */
  timeoutMs?: number;
  /**
   * Retries of connection errors, 409 and 5xx, each with the same Idempotency-Key (the SDK adds
   * one to every POST), so a retried create is not applied twice. Default 2.
   */
  maxNetworkRetries?: number;
}

/** Parsed parts of a base URL, for the SDK's `host`/`port`/`protocol` settings. */
function endpoint(baseUrl: string): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Stripe base URL must be http(s), got ${url.protocol}`);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

/**
 * The one way to build a Stripe client: the pinned API version, no telemetry (it would report our
 * request timings to Stripe in headers), a bounded timeout and retries. The secret key is passed to
 * the SDK only; it never appears in our errors or logs.
 */
export function createStripe(options: StripeClientOptions): Stripe {
  const key = options.secretKey?.trim();
  if (!key) throw new Error('Stripe secret key is missing (STRIPE_SECRET_KEY)');
  if (!/^(sk|rk)_(test|live)_/.test(key)) throw new Error('Stripe secret key must start with sk_test_, sk_live_, rk_test_ or rk_live_');
  return new Stripe(key, {
    apiVersion: STRIPE_API_VERSION,
    telemetry: false,
    timeout: options.timeoutMs ?? 10_000,
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    appInfo: { name: 'arcana-audio' },
    ...(options.baseUrl ? endpoint(options.baseUrl) : {}),
  });
}

export type { Stripe };
