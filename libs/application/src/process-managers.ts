import { READ_MODEL_PROJECTIONS, tierLimits } from '@app/infrastructure';
import type { AggregateRunner, AppConfig, Commands, EventStore, Logger, Projection } from '@app/infrastructure';
import { conversionEnqueuer, conversionSettlement } from './conversion/processes';
import { welcomeCreditsProcess } from './credits/welcome-credits';
import { paymentCreditsProcess, referralPolicyOf } from './payments/payment-credits';
import { stripeProcess } from './payments/stripe-process';
import type { StripeApi, UserNotifier } from './payments/stripe-ports';
import { readingSettlement } from './tarot/reading-settlement';

export interface ProcessManagerDeps {
  commands: Commands;
  runner: AggregateRunner;
  config: AppConfig;
  logger: Logger;
  /** The log itself, for process managers that keep small streams of their own (Stripe's payment links). */
  store: EventStore;
  /** Stripe, when configured (STRIPE_SECRET_KEY, or the local stand-in). */
  stripe?: StripeApi;
  /** Tells users about billing in the bot. */
  notifier?: UserNotifier;
}

/** The process managers: use cases driven by the log, each issuing commands from the events it reads. */
export function processManagers(deps: ProcessManagerDeps): Projection[] {
  const { commands, runner, config, logger, store, stripe, notifier } = deps;
  return [
    welcomeCreditsProcess(commands, config.WELCOME_CREDITS),
    conversionEnqueuer({ commands, runner, limits: tierLimits(config), maxAttempts: config.CONVERSION_MAX_ATTEMPTS }),
    conversionSettlement(commands, logger),
    readingSettlement(commands, logger),
    paymentCreditsProcess({ commands, runner, referralPolicy: referralPolicyOf(config) }),
    stripeProcess({ commands, runner, store, stripe, notifier, logger, graceDays: config.SUBSCRIPTION_GRACE_DAYS }),
  ];
}

/** Everything the projector runs: read models, then process managers (which issue commands). */
export function allProjections(deps: ProcessManagerDeps): Projection[] {
  return [...READ_MODEL_PROJECTIONS, ...processManagers(deps)];
}
