import type { RefundDeps } from '@app/application';
import { AGGREGATE_RUNNER, APP_CONFIG, Commands, StarsPayments, stripeGatewayOf, telegramClientOf, telegramTargetOf } from '@app/infrastructure';
import type { AggregateRunner, AppConfig, StripeGateway } from '@app/infrastructure';
import type { Provider } from '@nestjs/common';

/** The providers' APIs as the admin's payment actions use them (refunds, dispute evidence). */
export interface PaymentProviders extends RefundDeps {
  stripe?: StripeGateway;
}
export const PAYMENT_PROVIDERS = Symbol('PAYMENT_PROVIDERS');

/**
 * Stripe from STRIPE_SECRET_KEY; Telegram as the bot: TELEGRAM_BOT_TOKEN, or in local mode the
 * Bot API stand-in the launcher started (looked up when a refund needs it).
 */
export const paymentProvidersProvider: Provider = {
  provide: PAYMENT_PROVIDERS,
  inject: [APP_CONFIG, Commands, AGGREGATE_RUNNER],
  useFactory: (config: AppConfig, commands: Commands, runner: AggregateRunner): PaymentProviders => {
    const telegram = telegramClientOf(() => telegramTargetOf(config));
    const stripe = stripeGatewayOf(config);
    return {
      commands,
      runner,
      ...(stripe ? { stripe } : {}),
      stars: async () => {
        const client = await telegram();
        return client ? new StarsPayments(client) : undefined;
      },
    };
  },
};
