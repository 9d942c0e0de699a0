import { READ_MODEL_PROJECTIONS, tierLimits } from '@app/infrastructure';
import type { AggregateRunner, AppConfig, Commands, Logger, Projection } from '@app/infrastructure';
import { conversionEnqueuer, conversionSettlement } from './conversion/processes';
import { welcomeCreditsProcess } from './credits/welcome-credits';
import { paymentCreditsProcess, referralPolicyOf } from './payments/payment-credits';
import { readingSettlement } from './tarot/reading-settlement';

export interface ProcessManagerDeps {
  commands: Commands;
  runner: AggregateRunner;
  config: AppConfig;
  logger: Logger;
}

/** The process managers: use cases driven by the log, each issuing commands from the events it reads. */
export function processManagers(deps: ProcessManagerDeps): Projection[] {
  const { commands, runner, config, logger } = deps;
  return [
    welcomeCreditsProcess(commands, config.WELCOME_CREDITS),
    conversionEnqueuer({ commands, runner, limits: tierLimits(config), maxAttempts: config.CONVERSION_MAX_ATTEMPTS }),
    conversionSettlement(commands, logger),
    readingSettlement(commands, logger),
    paymentCreditsProcess({ commands, runner, referralPolicy: referralPolicyOf(config) }),
  ];
}

/** Everything the projector runs: read models, then process managers (which issue commands). */
export function allProjections(deps: ProcessManagerDeps): Projection[] {
  return [...READ_MODEL_PROJECTIONS, ...processManagers(deps)];
}
