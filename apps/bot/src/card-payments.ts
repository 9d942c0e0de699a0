import { cardPayments } from '@app/application';
import { AGGREGATE_RUNNER, EVENT_STORE, stripeGatewayOf } from '@app/infrastructure';
import type { AppConfig } from '@app/infrastructure';
import type { INestApplicationContext } from '@nestjs/common';
import type { BotOptions } from './bot.module';

/**
 * The bot's card buttons (Stripe Checkout and the customer portal), bound once the bot's
 * application context exists and the public URL of the billing pages is known. Until then a
 * press is answered with a "not ready" error rather than a dead link; without Stripe settings
 * the bot shows Telegram Stars only.
 */
export function cardPaymentsLater(config: AppConfig): {
  options: Pick<BotOptions, 'cardCheckout' | 'cardPortal'>;
  bind(app: INestApplicationContext, publicUrl: string): void;
} {
  const gateway = stripeGatewayOf(config);
  if (!gateway) return { options: {}, bind: () => undefined };
  let card: ReturnType<typeof cardPayments> | undefined;
  const notYet = () => Promise.reject(new Error('card payments are not ready yet (the bot is starting)'));
  return {
    options: {
      cardCheckout: (userId, offerId) => (card ? card.cardCheckout(userId, offerId) : notYet()),
      cardPortal: (userId) => (card ? card.cardPortal(userId) : notYet()),
    },
    bind(app, publicUrl) {
      card = cardPayments({ stripe: gateway, store: app.get(EVENT_STORE), runner: app.get(AGGREGATE_RUNNER), publicUrl });
    },
  };
}
