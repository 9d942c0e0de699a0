import { describe, expect, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { fold } from '../shared/decider';
import { availableOf, creditLedger, CreditLedgerEvent } from './credit-ledger';

const spec = specFor(creditLedger);
const userId = 'u1';
const base = { commandId: 'c1', userId };
const expiresAt = '2030-01-01T00:00:00.000Z';

const granted = (amount: number, grantKey = 'welcome', source: 'welcome' | 'admin' = 'welcome'): CreditLedgerEvent => ({
  type: 'CreditsGranted',
  data: { userId, amount, source, grantKey },
});
const reserved = (reservationId: string, amount: number): CreditLedgerEvent => ({
  type: 'CreditsReserved',
  data: { userId, reservationId, amount, purpose: 'reading', expiresAt },
});
const purchased = (paymentId: string, credits: number): CreditLedgerEvent => ({
  type: 'CreditsPurchased',
  data: { userId, paymentId, credits, provider: 'stripe' },
});

describe('CreditLedger decider', () => {
  describe('GrantCredits', () => {
    it('grants credits', () =>
      spec().when({ ...base, type: 'GrantCredits', amount: 20, source: 'welcome', grantKey: 'welcome' }).then([granted(20)]));
    it('grants a welcome bonus only once', () =>
      spec([granted(20)])
        .when({ ...base, commandId: 'c2', type: 'GrantCredits', amount: 20, source: 'welcome', grantKey: 'welcome' })
        .thenNothing());
    it('defaults the grant key to the command id, so a retried command appends nothing', () => {
      spec([granted(5, 'c1', 'admin')])
        .when({ ...base, type: 'GrantCredits', amount: 5, source: 'admin', reason: 'goodwill' })
        .thenNothing();
    });
    it('requires a reason for admin grants', () =>
      spec().when({ ...base, type: 'GrantCredits', amount: 5, source: 'admin', reason: '  ' }).thenThrows('reason_required'));
    it.each([0, -3, 1.5, 2_000_000])('rejects amount %s', (amount) =>
      spec().when({ ...base, type: 'GrantCredits', amount, source: 'welcome' }).thenThrows('invalid_command'));
  });

  describe('PurchaseCredits', () => {
    it('credits a payment', () =>
      spec()
        .when({ ...base, type: 'PurchaseCredits', paymentId: 'pi_1', credits: 50, provider: 'stripe' })
        .then([purchased('pi_1', 50)]));
    it('credits the same payment id once', () =>
      spec([purchased('pi_1', 50)])
        .when({ ...base, commandId: 'c9', type: 'PurchaseCredits', paymentId: 'pi_1', credits: 50, provider: 'stripe' })
        .thenNothing());
    it('refuses the same payment id with another amount', () =>
      spec([purchased('pi_1', 50)])
        .when({ ...base, type: 'PurchaseCredits', paymentId: 'pi_1', credits: 500, provider: 'stripe' })
        .thenThrows('payment_conflict'));
  });

  describe('ReserveCredits', () => {
    const reserve = (amount: number, reservationId = 'r1') =>
      ({ ...base, type: 'ReserveCredits', reservationId, amount, purpose: 'reading', expiresAt }) as const;
    it('reserves from available credits', () => spec([granted(10)]).when(reserve(4)).then([reserved('r1', 4)]));
    it('refuses more than available and says how many are needed', () =>
      spec([granted(10), reserved('r0', 8)]).when(reserve(3)).thenThrows('insufficient_credits', { needed: 3, available: 2 }));
    it('allows reserving exactly what is available', () =>
      spec([granted(10), reserved('r0', 7)]).when(reserve(3)).then([reserved('r1', 3)]));
    it('is idempotent by reservation id', () => spec([granted(10), reserved('r1', 4)]).when(reserve(4)).thenNothing());
    it('refuses a reused reservation id with another amount', () =>
      spec([granted(10), reserved('r1', 4)]).when(reserve(5)).thenThrows('reservation_conflict'));
    it('rejects an invalid expiry', () =>
      spec([granted(10)]).when({ ...reserve(1), expiresAt: 'tomorrow' }).thenThrows('invalid_command'));
    it('counts released reservations as available again', () =>
      spec([
        granted(5),
        reserved('r0', 5),
        { type: 'CreditsReleased', data: { userId, reservationId: 'r0', amount: 5, reason: 'failed', purpose: 'reading' } },
      ])
        .when(reserve(5))
        .then([reserved('r1', 5)]));
  });

  describe('CaptureReservation and ReleaseReservation', () => {
    const given = [granted(10), reserved('r1', 4)];
    const captured: CreditLedgerEvent = {
      type: 'CreditsCaptured',
      data: { userId, reservationId: 'r1', amount: 4, releasedAmount: 0, purpose: 'reading' },
    };
    const released: CreditLedgerEvent = {
      type: 'CreditsReleased',
      data: { userId, reservationId: 'r1', amount: 4, reason: 'llm_failed', purpose: 'reading' },
    };
    it('captures a reservation', () =>
      spec(given).when({ ...base, type: 'CaptureReservation', reservationId: 'r1' }).then([captured]));
    it('captures part of a reservation and returns the rest', () =>
      spec(given)
        .when({ ...base, type: 'CaptureReservation', reservationId: 'r1', amount: 1 })
        .then([{ type: 'CreditsCaptured', data: { userId, reservationId: 'r1', amount: 1, releasedAmount: 3, purpose: 'reading' } }]));
    it('refuses to capture more than reserved', () =>
      spec(given).when({ ...base, type: 'CaptureReservation', reservationId: 'r1', amount: 5 }).thenThrows('invalid_command'));
    it('releases a reservation', () =>
      spec(given).when({ ...base, type: 'ReleaseReservation', reservationId: 'r1', reason: 'llm_failed' }).then([released]));
    it('captures exactly once: a second capture appends nothing', () =>
      spec([...given, captured]).when({ ...base, type: 'CaptureReservation', reservationId: 'r1' }).thenNothing());
    it('releases exactly once: a second release appends nothing', () =>
      spec([...given, released]).when({ ...base, type: 'ReleaseReservation', reservationId: 'r1', reason: 'x' }).thenNothing());
    it('cannot release a captured reservation', () =>
      spec([...given, captured])
        .when({ ...base, type: 'ReleaseReservation', reservationId: 'r1', reason: 'expired' })
        .thenThrows('reservation_already_settled', { outcome: 'captured' }));
    it('cannot capture a released reservation', () =>
      spec([...given, released])
        .when({ ...base, type: 'CaptureReservation', reservationId: 'r1' })
        .thenThrows('reservation_already_settled', { outcome: 'released' }));
    it('cannot settle an unknown reservation', () =>
      spec(given).when({ ...base, type: 'CaptureReservation', reservationId: 'nope' }).thenThrows('reservation_not_found'));
    it('requires a reason to release', () =>
      spec(given).when({ ...base, type: 'ReleaseReservation', reservationId: 'r1', reason: '' }).thenThrows('invalid_command'));
  });

  describe('RefundCredits', () => {
    it('claws back a payment', () =>
      spec([purchased('pi_1', 50)])
        .when({ ...base, type: 'RefundCredits', paymentId: 'pi_1', reason: 'charge.refunded' })
        .then([{ type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 50, shortfall: 0, reason: 'charge.refunded' } }]));
    it('claws back only what is available and records the shortfall', () =>
      spec([purchased('pi_1', 50), reserved('r1', 45)])
        .when({ ...base, type: 'RefundCredits', paymentId: 'pi_1', reason: 'dispute lost' })
        .then([{ type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 5, shortfall: 45, reason: 'dispute lost' } }]));
    it('refunds a payment once', () =>
      spec([
        purchased('pi_1', 50),
        { type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 50, shortfall: 0, reason: 'r' } },
      ])
        .when({ ...base, commandId: 'c7', type: 'RefundCredits', paymentId: 'pi_1', reason: 'again' })
        .thenNothing());
    it('refuses an unknown payment', () =>
      spec().when({ ...base, type: 'RefundCredits', paymentId: 'pi_x', reason: 'r' }).thenThrows('payment_not_found'));

    const partial = (refundId: string, credits: number) =>
      ({ ...base, commandId: `c-${refundId}`, type: 'RefundCredits', paymentId: 'pi_1', refundId, credits, reason: 'partial' }) as const;
    const partlyRefunded = (refundId: string, amount: number, shortfall = 0): CreditLedgerEvent => ({
      type: 'CreditsRefunded',
      data: { userId, paymentId: 'pi_1', amount, shortfall, reason: 'partial', refundId },
    });
    it('claws back part of a payment under its refund id', () =>
      spec([purchased('pi_1', 500)]).when(partial('re_1', 250)).then([partlyRefunded('re_1', 250)]));
    it('applies each refund id once', () =>
      spec([purchased('pi_1', 500), partlyRefunded('re_1', 250)]).when(partial('re_1', 250)).thenNothing());
    it('a second partial refund takes at most what is left of the payment', () =>
      spec([purchased('pi_1', 500), partlyRefunded('re_1', 250)]).when(partial('re_2', 400)).then([partlyRefunded('re_2', 250)]));
    it('nothing is left after partial refunds took the whole payment', () =>
      spec([purchased('pi_1', 500), partlyRefunded('re_1', 250), partlyRefunded('re_2', 250)]).when(partial('re_3', 1)).thenNothing());
    it('counts a shortfall as taken back: a later refund does not claim it again', () =>
      spec([purchased('pi_1', 100), granted(100, 'bonus'), partlyRefunded('re_1', 0, 60)]).when(partial('re_2', 100)).then([partlyRefunded('re_2', 40)]));
    it('never makes the balance negative: what was spent becomes the shortfall', () => {
      const events = [
        purchased('pi_1', 50),
        reserved('r1', 40),
        { type: 'CreditsCaptured', data: { userId, reservationId: 'r1', amount: 40, releasedAmount: 0, purpose: 'reading' } } as CreditLedgerEvent,
      ];
      spec(events)
        .when({ ...base, type: 'RefundCredits', paymentId: 'pi_1', reason: 'refund' })
        .then([{ type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 10, shortfall: 40, reason: 'refund' } }]);
      const after = fold(creditLedger, [...events, { type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 10, shortfall: 40, reason: 'refund' } }]);
      expect(after.balance).toBe(0);
    });
    it('claws back a grant paid for by a payment (a subscription allowance)', () =>
      spec([granted(200, 'allowance:in_1', 'welcome')])
        .when({ ...base, type: 'RefundCredits', paymentId: 'stripe:in_1', grantKey: 'allowance:in_1', reason: 'refund' })
        .then([{ type: 'CreditsRefunded', data: { userId, paymentId: 'stripe:in_1', amount: 200, shortfall: 0, reason: 'refund', grantKey: 'allowance:in_1' } }]));
    it('claws back a grant once', () =>
      spec([
        granted(200, 'allowance:in_1', 'welcome'),
        { type: 'CreditsRefunded', data: { userId, paymentId: 'stripe:in_1', amount: 200, shortfall: 0, reason: 'refund', grantKey: 'allowance:in_1' } },
      ])
        .when({ ...base, commandId: 'c9', type: 'RefundCredits', paymentId: 'stripe:in_1', grantKey: 'allowance:in_1', reason: 'refund' })
        .thenNothing());
    it('refuses an unknown grant', () =>
      spec().when({ ...base, type: 'RefundCredits', paymentId: 'p', grantKey: 'allowance:x', reason: 'r' }).thenThrows('payment_not_found', { grantKey: 'allowance:x' }));
    it('rejects a malformed credit count', () =>
      spec([purchased('pi_1', 500)]).when(partial('re_1', -3)).thenThrows('invalid_command'));
  });

  describe('AdjustCredits', () => {
    it('adjusts with a reason', () =>
      spec([granted(10)])
        .when({ ...base, type: 'AdjustCredits', amount: -4, reason: 'duplicate grant' })
        .then([{ type: 'CreditsAdjusted', data: { userId, adjustmentId: 'c1', amount: -4, reason: 'duplicate grant' } }]));
    it('requires a reason', () =>
      spec([granted(10)]).when({ ...base, type: 'AdjustCredits', amount: 3, reason: '' }).thenThrows('reason_required'));
    it('never makes available credits negative', () =>
      spec([granted(10), reserved('r1', 8)])
        .when({ ...base, type: 'AdjustCredits', amount: -3, reason: 'fix' })
        .thenThrows('insufficient_credits', { available: 2 }));
    it('is idempotent by command id', () =>
      spec([{ type: 'CreditsAdjusted', data: { userId, adjustmentId: 'c1', amount: 3, reason: 'fix' } }])
        .when({ ...base, type: 'AdjustCredits', amount: 3, reason: 'fix' })
        .thenNothing());
    it('rejects a zero adjustment', () =>
      spec().when({ ...base, type: 'AdjustCredits', amount: 0, reason: 'x' }).thenThrows('invalid_command'));
  });

  it('folds balance, reservations and availability', () => {
    const state = fold(creditLedger, [
      granted(20),
      purchased('pi_1', 50),
      reserved('r1', 10),
      reserved('r2', 5),
      { type: 'CreditsCaptured', data: { userId, reservationId: 'r1', amount: 6, releasedAmount: 4, purpose: 'reading' } },
    ]);
    expect(state.balance).toBe(64);
    expect(state.reserved).toBe(5);
    expect(availableOf(state)).toBe(59);
  });
});
