import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppConfig, localBotApiFile, localBotApiIdsFile } from '@app/infrastructure';
import { LocalBotApi, LocalStripe } from '@app/infrastructure/testing';
import type { LocalTelegram } from '../apps/bot/src/bot.module';

/** Token the bot uses against the local stand-in when no TELEGRAM_BOT_TOKEN is configured. */
export const LOCAL_BOT_TOKEN = '1000000001:LOCAL-stand-in-token-not-a-secret';

/**
 * Local mode (no TELEGRAM_BOT_TOKEN): the Bot API stand-in on this machine, saving uploads under
 * DATA_DIR/inbox and continuing its ids across restarts; where it listens is written to
 * DATA_DIR for `npm run chat` and a worker started on its own.
 */
export async function startLocalTelegram(config: AppConfig): Promise<LocalTelegram> {
  const api = await LocalBotApi.start({ inboxDir: path.join(config.DATA_DIR, 'inbox'), idsFile: localBotApiIdsFile(config.DATA_DIR) });
  mkdirSync(config.DATA_DIR, { recursive: true });
  writeFileSync(localBotApiFile(config.DATA_DIR), JSON.stringify({ url: api.url, token: LOCAL_BOT_TOKEN }));
  return { url: api.url, token: LOCAL_BOT_TOKEN, stop: () => api.stop() };
}

export interface LocalStripeMode {
  /** The settings the apps use to reach the stand-in, as if they were a real account's. */
  settings: Pick<AppConfig, 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_API_URL'>;
  url: string;
  /** Points the stand-in's webhook endpoint at the API, once the API listens. */
  deliverTo(webhookUrl: string): void;
  stop(): Promise<void>;
}

/**
 * Local mode for payments (no STRIPE_SECRET_KEY): the Stripe stand-in on this machine, with the
 * plans the Customer Portal offers for a switch, and a signing secret shared with the API.
 */
export async function startLocalStripe(): Promise<LocalStripeMode> {
  const stripe = await LocalStripe.start({
    prices: [
      { id: 'price_basic', unit_amount: 499, currency: 'usd', product: 'prod_basic', recurring: true, nickname: 'Basic' },
      { id: 'price_pro', unit_amount: 1499, currency: 'usd', product: 'prod_pro', recurring: true, nickname: 'Pro' },
    ],
  });
  return {
    settings: { STRIPE_SECRET_KEY: stripe.secretKey, STRIPE_WEBHOOK_SECRET: stripe.webhookSecret, STRIPE_API_URL: stripe.url },
    url: stripe.url,
    deliverTo: (webhookUrl) => stripe.setWebhook(webhookUrl),
    stop: () => stripe.stop(),
  };
}
