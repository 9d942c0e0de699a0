import { AggregateRunner } from '../command-handling/aggregate-runner';
import { Commands } from '../command-handling/commands';
import { AppConfig, tierLimits } from '../config/config';
import type { Logger } from '../logging/logger';
import { conversionEnqueuer, conversionSettlement } from '../process-managers/conversion-processes';
import { readingSettlement } from '../process-managers/reading-settlement';
import { welcomeCreditsProcess } from '../process-managers/welcome-credits';
import { Projection } from '../projections/projection';
import { balancesProjection } from './balances.projection';
import { conversionsProjection } from './conversions.projection';
import { ledgerEntriesProjection } from './ledger-entries.projection';
import { openReservationsProjection } from './open-reservations.projection';
import { readingsProjection } from './readings.projection';
import { usersProjection } from './users.projection';

/** Projections that own read-model tables: what `ops rebuild` can rebuild. */
export const READ_MODEL_PROJECTIONS: Projection[] = [
  usersProjection,
  balancesProjection,
  ledgerEntriesProjection,
  openReservationsProjection,
  readingsProjection,
  conversionsProjection,
];

/** Everything the projector runs: read models, then process managers (which issue commands). */
export function allProjections(deps: { commands: Commands; runner: AggregateRunner; config: AppConfig; logger: Logger }): Projection[] {
  const { commands, runner, config, logger } = deps;
  return [
    ...READ_MODEL_PROJECTIONS,
    welcomeCreditsProcess(commands, config.WELCOME_CREDITS),
    conversionEnqueuer({ commands, runner, limits: tierLimits(config), maxAttempts: config.CONVERSION_MAX_ATTEMPTS }),
    conversionSettlement(commands, logger),
    readingSettlement(commands, logger),
  ];
}
