import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { MAX_CREDIT_AMOUNT, requireIsoDate, requireNonEmpty, requirePositiveAmount } from '../shared/guards';

/** One ledger stream per user: `credits-<userId>`. */
export const creditsStream = (userId: string): string => `credits-${userId}`;

export type GrantSource = 'welcome' | 'referral' | 'subscription' | 'admin';
export const GRANT_SOURCES: readonly GrantSource[] = ['welcome', 'referral', 'subscription', 'admin'];

// ---- events -------------------------------------------------------------------------------

export type CreditsGranted = DomainEvent<
  'CreditsGranted',
  { userId: string; amount: number; source: GrantSource; grantKey: string; reason?: string }
>;
export type CreditsPurchased = DomainEvent<
  'CreditsPurchased',
  { userId: string; paymentId: string; credits: number; provider: string; amountMinor?: number; currency?: string }
>;
export type CreditsReserved = DomainEvent<
  'CreditsReserved',
  { userId: string; reservationId: string; amount: number; purpose: string; expiresAt: string }
>;
/** `amount` is what was charged; `releasedAmount` is the rest of the reservation, returned to the user. */
export type CreditsCaptured = DomainEvent<
  'CreditsCaptured',
  { userId: string; reservationId: string; amount: number; releasedAmount: number; purpose: string }
>;
export type CreditsReleased = DomainEvent<
  'CreditsReleased',
  { userId: string; reservationId: string; amount: number; reason: string; purpose: string }
>;
/**
 * `amount` was clawed back; `shortfall` is what the user had already spent and could not be
 * recovered (the balance never goes negative). `refundId` names one refund of several (absent:
 * the whole payment, once); `grantKey` is set when a grant was clawed back instead of a purchase.
 */
export type CreditsRefunded = DomainEvent<
  'CreditsRefunded',
  { userId: string; paymentId: string; amount: number; shortfall: number; reason: string; refundId?: string; grantKey?: string }
>;
export type CreditsAdjusted = DomainEvent<
  'CreditsAdjusted',
  { userId: string; adjustmentId: string; amount: number; reason: string }
>;

export type CreditLedgerEvent =
  | CreditsGranted
  | CreditsPurchased
  | CreditsReserved
  | CreditsCaptured
  | CreditsReleased
  | CreditsRefunded
  | CreditsAdjusted;

export const CREDIT_LEDGER_EVENT_TYPES = [
  'CreditsGranted',
  'CreditsPurchased',
  'CreditsReserved',
  'CreditsCaptured',
  'CreditsReleased',
  'CreditsRefunded',
  'CreditsAdjusted',
] as const satisfies readonly CreditLedgerEvent['type'][];

// ---- commands -----------------------------------------------------------------------------

interface LedgerCommandBase {
  /** Unique per intent; a retried command carries the same id and appends nothing new. */
  commandId: string;
  userId: string;
}
export interface GrantCredits extends LedgerCommandBase {
  type: 'GrantCredits';
  amount: number;
  source: GrantSource;
  /** Natural key that makes a grant happen once (e.g. `welcome`, `referral:<pairId>`); defaults to the command id. */
  grantKey?: string;
  reason?: string;
}
export interface PurchaseCredits extends LedgerCommandBase {
  type: 'PurchaseCredits';
  paymentId: string;
  credits: number;
  provider: string;
  amountMinor?: number;
  currency?: string;
}
export interface ReserveCredits extends LedgerCommandBase {
  type: 'ReserveCredits';
  reservationId: string;
  amount: number;
  purpose: string;
  expiresAt: string;
}
export interface CaptureReservation extends LedgerCommandBase {
  type: 'CaptureReservation';
  reservationId: string;
  /** Charge less than reserved (the rest is returned); defaults to the whole reservation. */
  amount?: number;
}
export interface ReleaseReservation extends LedgerCommandBase {
  type: 'ReleaseReservation';
  reservationId: string;
  reason: string;
}
export interface RefundCredits extends LedgerCommandBase {
  type: 'RefundCredits';
  /** The payment refunded (or disputed and lost). */
  paymentId: string;
  reason: string;
  /** One refund of the payment (a payment may be refunded in parts); applied once. Defaults to the payment id, or the grant key. */
  refundId?: string;
  /** Credits to take back; defaults to all that is left of the purchase (or grant). */
  credits?: number;
  /** Take back a grant (a subscription allowance, a referral reward) paid for by `paymentId`, instead of a purchase. */
  grantKey?: string;
}
export interface AdjustCredits extends LedgerCommandBase {
  type: 'AdjustCredits';
  /** Signed: positive adds credits, negative removes them. */
  amount: number;
  reason: string;
}

export type CreditLedgerCommand =
  | GrantCredits
  | PurchaseCredits
  | ReserveCredits
  | CaptureReservation
  | ReleaseReservation
  | RefundCredits
  | AdjustCredits;

// ---- state --------------------------------------------------------------------------------

export interface Reservation {
  amount: number;
  purpose: string;
  expiresAt: string;
  status: 'open' | 'captured' | 'released';
}

/**
 * Folded ledger. `evolve` updates the state it is given in place: a fold owns its state, and
 * copying every map per event would make long streams quadratic to load.
 */
export interface CreditLedgerState {
  /** Credits owned, including those held by open reservations. */
  balance: number;
  /** Sum of open reservations. */
  reserved: number;
  reservations: Map<string, Reservation>;
  grantKeys: Set<string>;
  /** Grants by key, with what refunds took back of them. */
  grants: Map<string, { amount: number; clawedBack: number }>;
  /** `clawedBack` counts recovered credits and shortfall alike; `refunded` once nothing is left to take back. */
  payments: Map<string, { credits: number; refunded: boolean; clawedBack: number }>;
  /** Refund ids already applied. */
  refunds: Set<string>;
  adjustments: Set<string>;
}

export function availableOf(state: CreditLedgerState): number {
  return state.balance - state.reserved;
}

// ---- effects ------------------------------------------------------------------------------

/**
 * What one ledger event does to a user's credits: the one place the ledger's arithmetic is
 * written. `evolve` folds it into the aggregate's state; the read models (balances, ledger
 * entries) sum it into their rows.
 */
export interface LedgerEffect {
  /** Change of available credits (what the user can spend now): `balance - reserved`. */
  available: number;
  /** Change of owned credits (including those held by open reservations). */
  balance: number;
  /** Change of credits held by open reservations. */
  reserved: number;
  /** Lifetime totals this event adds to: granted, bought, charged, clawed back. */
  granted: number;
  purchased: number;
  spent: number;
  refunded: number;
  /** The id this entry is about: grant key, payment, reservation or adjustment. */
  reference: string;
  /** Where the credits came from or went: grant source, payment provider, purpose or reason. */
  detail: string;
}

const NO_MOVEMENT = { available: 0, balance: 0, reserved: 0, granted: 0, purchased: 0, spent: 0, refunded: 0 };

export function ledgerEffect(event: CreditLedgerEvent): LedgerEffect {
  switch (event.type) {
    case 'CreditsGranted': {
      const { amount, grantKey, source } = event.data;
      return { ...NO_MOVEMENT, available: amount, balance: amount, granted: amount, reference: grantKey, detail: source };
    }
    case 'CreditsPurchased': {
      const { credits, paymentId, provider } = event.data;
      return { ...NO_MOVEMENT, available: credits, balance: credits, purchased: credits, reference: paymentId, detail: provider };
    }
    case 'CreditsReserved': {
      const { amount, reservationId, purpose } = event.data;
      return { ...NO_MOVEMENT, available: -amount, reserved: amount, reference: reservationId, detail: purpose };
    }
    case 'CreditsCaptured': {
      // The whole reservation (`amount + releasedAmount`) stops being held; `amount` leaves the balance.
      const { amount, releasedAmount, reservationId, purpose } = event.data;
      return {
        ...NO_MOVEMENT,
        available: releasedAmount,
        balance: -amount,
        reserved: -(amount + releasedAmount),
        spent: amount,
        reference: reservationId,
        detail: purpose,
      };
    }
    case 'CreditsReleased': {
      const { amount, reservationId, reason } = event.data;
      return { ...NO_MOVEMENT, available: amount, reserved: -amount, reference: reservationId, detail: reason };
    }
    case 'CreditsRefunded': {
      const { amount, paymentId, reason } = event.data;
      return { ...NO_MOVEMENT, available: -amount, balance: -amount, refunded: amount, reference: paymentId, detail: reason };
    }
    case 'CreditsAdjusted': {
      const { amount, adjustmentId, reason } = event.data;
      return { ...NO_MOVEMENT, available: amount, balance: amount, reference: adjustmentId, detail: reason };
    }
    default:
      return assertNever(event);
  }
}

// ---- decider ------------------------------------------------------------------------------

/** Records what the event is about, then applies its {@link ledgerEffect} to balance and reserved. */
function evolve(s: CreditLedgerState, event: CreditLedgerEvent): CreditLedgerState {
  const effect = ledgerEffect(event);
  let reserved = effect.reserved;
  switch (event.type) {
    case 'CreditsGranted':
      s.grantKeys.add(event.data.grantKey);
      s.grants.set(event.data.grantKey, { amount: event.data.amount, clawedBack: 0 });
      break;
    case 'CreditsPurchased':
      s.payments.set(event.data.paymentId, { credits: event.data.credits, refunded: false, clawedBack: 0 });
      break;
    case 'CreditsReserved':
      s.reservations.set(event.data.reservationId, {
        amount: event.data.amount,
        purpose: event.data.purpose,
        expiresAt: event.data.expiresAt,
        status: 'open',
      });
      break;
    case 'CreditsCaptured':
    case 'CreditsReleased':
      // A reservation stops being held once, whichever event comes first.
      if (!settle(s, event.data.reservationId, event.type === 'CreditsCaptured' ? 'captured' : 'released')) reserved = 0;
      break;
    case 'CreditsRefunded': {
      const { paymentId, grantKey, refundId, amount, shortfall } = event.data;
      s.refunds.add(refundId ?? grantKey ?? paymentId);
      if (grantKey !== undefined) {
        const grant = s.grants.get(grantKey);
        if (grant) grant.clawedBack += amount + shortfall;
      } else {
        const payment = s.payments.get(paymentId);
        if (payment) {
          // Refunds recorded before partial refunds existed carry no refundId: they took the whole payment.
          payment.clawedBack = refundId === undefined ? payment.credits : payment.clawedBack + amount + shortfall;
          payment.refunded = payment.clawedBack >= payment.credits;
        }
      }
      break;
    }
    case 'CreditsAdjusted':
      s.adjustments.add(event.data.adjustmentId);
      break;
    default:
      return assertNever(event);
  }
  s.balance += effect.balance;
  s.reserved += reserved;
  return s;
}

/** Marks an open reservation settled; false when it was not open (nothing more is held). */
function settle(s: CreditLedgerState, reservationId: string, status: 'captured' | 'released'): boolean {
  const reservation = s.reservations.get(reservationId);
  if (!reservation || reservation.status !== 'open') return false;
  reservation.status = status;
  return true;
}

function assertNever(value: never): never {
  throw new Error(`unhandled ledger event ${JSON.stringify(value)}`);
}

function decide(command: CreditLedgerCommand, state: CreditLedgerState): CreditLedgerEvent[] {
  requireNonEmpty(command.commandId, 'commandId', 200);
  requireNonEmpty(command.userId, 'userId', 200);
  const userId = command.userId;
  switch (command.type) {
    case 'GrantCredits': {
      requirePositiveAmount(command.amount);
      if (!GRANT_SOURCES.includes(command.source)) throw invalid(`unknown grant source ${command.source}`);
      const reason = command.source === 'admin' ? requireReason(command.reason) : command.reason;
      const grantKey = command.grantKey ?? command.commandId;
      if (state.grantKeys.has(grantKey)) return [];
      return [
        {
          type: 'CreditsGranted',
          data: { userId, amount: command.amount, source: command.source, grantKey, ...(reason ? { reason } : {}) },
        },
      ];
    }
    case 'PurchaseCredits': {
      requireNonEmpty(command.paymentId, 'paymentId', 200);
      requireNonEmpty(command.provider, 'provider', 50);
      requirePositiveAmount(command.credits, 'credits');
      const existing = state.payments.get(command.paymentId);
      if (existing) {
        if (existing.credits !== command.credits) {
          throw new DomainError('payment_conflict', 'this payment was already credited with a different amount', {
            paymentId: command.paymentId,
          });
        }
        return [];
      }
      return [
        {
          type: 'CreditsPurchased',
          data: {
            userId,
            paymentId: command.paymentId,
            credits: command.credits,
            provider: command.provider,
            ...(command.amountMinor !== undefined ? { amountMinor: command.amountMinor } : {}),
            ...(command.currency ? { currency: command.currency } : {}),
          },
        },
      ];
    }
    case 'ReserveCredits': {
      requireNonEmpty(command.reservationId, 'reservationId', 200);
      requirePositiveAmount(command.amount);
      requireNonEmpty(command.purpose, 'purpose', 200);
      requireIsoDate(command.expiresAt, 'expiresAt');
      const existing = state.reservations.get(command.reservationId);
      if (existing) {
        if (existing.amount === command.amount) return [];
        throw new DomainError('reservation_conflict', 'this reservation id is already used for another amount', {
          reservationId: command.reservationId,
        });
      }
      const available = availableOf(state);
      if (available < command.amount) {
        throw new DomainError('insufficient_credits', `${command.amount} credits needed, ${available} available`, {
          needed: command.amount,
          available,
        });
      }
      return [
        {
          type: 'CreditsReserved',
          data: {
            userId,
            reservationId: command.reservationId,
            amount: command.amount,
            purpose: command.purpose,
            expiresAt: new Date(command.expiresAt).toISOString(),
          },
        },
      ];
    }
    case 'CaptureReservation': {
      const open = openReservation(state, command.reservationId, 'captured');
      if (!open) return [];
      const amount = command.amount ?? open.amount;
      if (!Number.isInteger(amount) || amount < 0 || amount > open.amount) {
        throw invalid(`capture amount must be a whole number between 0 and ${open.amount}`, { amount });
      }
      return [
        {
          type: 'CreditsCaptured',
          data: {
            userId,
            reservationId: command.reservationId,
            amount,
            releasedAmount: open.amount - amount,
            purpose: open.purpose,
          },
        },
      ];
    }
    case 'ReleaseReservation': {
      const reason = requireNonEmpty(command.reason, 'reason', 200);
      const open = openReservation(state, command.reservationId, 'released');
      if (!open) return [];
      return [
        {
          type: 'CreditsReleased',
          data: { userId, reservationId: command.reservationId, amount: open.amount, reason, purpose: open.purpose },
        },
      ];
    }
    case 'RefundCredits': {
      const reason = requireNonEmpty(command.reason, 'reason');
      const paymentId = requireNonEmpty(command.paymentId, 'paymentId', 200);
      const grantKey = command.grantKey === undefined ? undefined : requireNonEmpty(command.grantKey, 'grantKey', 200);
      const refundId = command.refundId === undefined ? undefined : requireNonEmpty(command.refundId, 'refundId', 200);
      if (command.credits !== undefined && command.credits !== 0) requirePositiveAmount(command.credits, 'credits');
      if (state.refunds.has(refundId ?? grantKey ?? paymentId)) return [];
      const source = grantKey !== undefined ? state.grants.get(grantKey) : state.payments.get(paymentId);
      if (!source) {
        throw new DomainError(
          'payment_not_found',
          grantKey !== undefined ? 'no grant with this key on this account' : 'no purchase with this payment id on this account',
          grantKey !== undefined ? { paymentId, grantKey } : { paymentId },
        );
      }
      const left = ('credits' in source ? source.credits : source.amount) - source.clawedBack;
      const credits = Math.min(command.credits ?? left, left);
      if (credits <= 0) return [];
      // Claw back what is still available; never drive the balance below what open reservations
      // hold. What was already spent is recorded as the shortfall.
      const amount = Math.max(0, Math.min(credits, availableOf(state)));
      return [
        {
          type: 'CreditsRefunded',
          data: {
            userId,
            paymentId,
            amount,
            shortfall: credits - amount,
            reason,
            ...(refundId !== undefined ? { refundId } : {}),
            ...(grantKey !== undefined ? { grantKey } : {}),
          },
        },
      ];
    }
    case 'AdjustCredits': {
      const reason = requireReason(command.reason);
      if (!Number.isInteger(command.amount) || command.amount === 0 || Math.abs(command.amount) > MAX_CREDIT_AMOUNT) {
        throw invalid(`amount must be a non-zero whole number between -${MAX_CREDIT_AMOUNT} and ${MAX_CREDIT_AMOUNT}`);
      }
      if (state.adjustments.has(command.commandId)) return [];
      const available = availableOf(state);
      if (available + command.amount < 0) {
        throw new DomainError('insufficient_credits', `cannot remove ${-command.amount} credits, ${available} available`, {
          needed: -command.amount,
          available,
        });
      }
      return [
        { type: 'CreditsAdjusted', data: { userId, adjustmentId: command.commandId, amount: command.amount, reason } },
      ];
    }
    default:
      return assertNever(command);
  }
}

/** Undefined means "already settled the same way" (a retry): the caller appends nothing. */
function openReservation(
  state: CreditLedgerState,
  reservationId: string,
  outcome: 'captured' | 'released',
): Reservation | undefined {
  const reservation = state.reservations.get(reservationId);
  if (!reservation) throw new DomainError('reservation_not_found', 'no such reservation', { reservationId });
  if (reservation.status === 'open') return reservation;
  if (reservation.status === outcome) return undefined;
  throw new DomainError('reservation_already_settled', `reservation was already ${reservation.status}`, {
    reservationId,
    outcome: reservation.status,
  });
}

function requireReason(reason: string | undefined): string {
  try {
    return requireNonEmpty(reason, 'reason');
  } catch {
    throw new DomainError('reason_required', 'admin actions need a reason (1-500 characters)');
  }
}

export const creditLedger: Decider<CreditLedgerCommand, CreditLedgerEvent, CreditLedgerState> = {
  name: 'CreditLedger',
  initialState: () => ({
    balance: 0,
    reserved: 0,
    reservations: new Map(),
    grantKeys: new Set(),
    grants: new Map(),
    payments: new Map(),
    refunds: new Set(),
    adjustments: new Set(),
  }),
  evolve,
  decide,
};
