import { Projection } from '../projections/projection';
import { balancesProjection } from './balances.projection';
import { conversionsProjection } from './conversions.projection';
import { ledgerEntriesProjection } from './ledger-entries.projection';
import { openReservationsProjection } from './open-reservations.projection';
import { paymentsProjection } from './payments.projection';
import { readingsProjection } from './readings.projection';
import { referralsProjection } from './referrals.projection';
import { subscriptionsProjection } from './subscriptions.projection';
import { usersProjection } from './users.projection';

/**
 * Projections that own read-model tables: what `ops rebuild` can rebuild. The process managers
 * (which issue commands) are use cases, listed in the application layer (`allProjections`).
 */
export const READ_MODEL_PROJECTIONS: Projection[] = [
  usersProjection,
  balancesProjection,
  ledgerEntriesProjection,
  openReservationsProjection,
  readingsProjection,
  conversionsProjection,
  paymentsProjection,
  subscriptionsProjection,
  referralsProjection,
];
