import { Commands } from '../command-handling/commands';
import { AppConfig } from '../config/config';
import { welcomeCreditsProcess } from '../process-managers/welcome-credits';
import { Projection } from '../projections/projection';
import { balancesProjection } from './balances.projection';
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
];

/** Everything the projector runs: read models, then process managers (which issue commands). */
export function allProjections(commands: Commands, config: AppConfig): Projection[] {
  return [...READ_MODEL_PROJECTIONS, welcomeCreditsProcess(commands, config.WELCOME_CREDITS)];
}
