import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { availableOf, creditLedger, CreditLedgerCommand, CreditLedgerEvent, ledgerEffect } from './credit-ledger';

const userId = 'u1';
const expiresAt = '2030-01-01T00:00:00.000Z';
const zero = { available: 0, balance: 0, reserved: 0, granted: 0, purchased: 0, spent: 0, refunded: 0 };

describe('ledgerEffect: what each ledger event does to a user credits', () => {
  it.each<[string, CreditLedgerEvent, object]>([
    [
      'a grant adds to balance, available and lifetime granted',
      { type: 'CreditsGranted', data: { userId, amount: 20, source: 'welcome', grantKey: 'welcome' } },
      { ...zero, available: 20, balance: 20, granted: 20, reference: 'welcome', detail: 'welcome' },
    ],
    [
      'a purchase adds to balance, available and lifetime purchased',
      { type: 'CreditsPurchased', data: { userId, paymentId: 'pi_1', credits: 50, provider: 'stripe' } },
      { ...zero, available: 50, balance: 50, purchased: 50, reference: 'pi_1', detail: 'stripe' },
    ],
    [
      'a reservation holds credits: available falls, balance stays',
      { type: 'CreditsReserved', data: { userId, reservationId: 'r1', amount: 5, purpose: 'reading:r1', expiresAt } },
      { ...zero, available: -5, reserved: 5, reference: 'r1', detail: 'reading:r1' },
    ],
    [
      'a capture charges the amount and returns the rest of the reservation',
      { type: 'CreditsCaptured', data: { userId, reservationId: 'r1', amount: 3, releasedAmount: 2, purpose: 'reading:r1' } },
      { ...zero, available: 2, balance: -3, reserved: -5, spent: 3, reference: 'r1', detail: 'reading:r1' },
    ],
    [
      'a release returns the whole reservation, nothing charged',
      { type: 'CreditsReleased', data: { userId, reservationId: 'r1', amount: 5, reason: 'llm_failed', purpose: 'reading:r1' } },
      { ...zero, available: 5, reserved: -5, reference: 'r1', detail: 'llm_failed' },
    ],
    [
      'a refund claws back what it recovered',
      { type: 'CreditsRefunded', data: { userId, paymentId: 'pi_1', amount: 30, shortfall: 20, reason: 'chargeback' } },
      { ...zero, available: -30, balance: -30, refunded: 30, reference: 'pi_1', detail: 'chargeback' },
    ],
    [
      'a negative adjustment removes credits',
      { type: 'CreditsAdjusted', data: { userId, adjustmentId: 'a1', amount: -4, reason: 'correction' } },
      { ...zero, available: -4, balance: -4, reference: 'a1', detail: 'correction' },
    ],
  ])('%s', (_, event, expected) => {
    const effect = ledgerEffect(event);
    expect(effect).toEqual(expected);
    expect(effect.available).toBe(effect.balance - effect.reserved);
  });

  it('the aggregate state is the sum of the effects of its events (the read models sum the same)', () => {
    const base = { userId };
    const commands: CreditLedgerCommand[] = [
      { ...base, commandId: 'c1', type: 'GrantCredits', amount: 20, source: 'welcome', grantKey: 'welcome' },
      { ...base, commandId: 'c2', type: 'PurchaseCredits', paymentId: 'pi_1', credits: 50, provider: 'stripe' },
      { ...base, commandId: 'c3', type: 'ReserveCredits', reservationId: 'r1', amount: 5, purpose: 'reading:r1', expiresAt },
      { ...base, commandId: 'c4', type: 'ReserveCredits', reservationId: 'r2', amount: 7, purpose: 'conversion:c', expiresAt },
      { ...base, commandId: 'c5', type: 'CaptureReservation', reservationId: 'r1', amount: 3 },
      { ...base, commandId: 'c6', type: 'ReleaseReservation', reservationId: 'r2', reason: 'failed' },
      { ...base, commandId: 'c7', type: 'ReserveCredits', reservationId: 'r3', amount: 40, purpose: 'reading:r3', expiresAt },
      { ...base, commandId: 'c9', type: 'AdjustCredits', amount: -2, reason: 'correction' },
      { ...base, commandId: 'c8', type: 'RefundCredits', paymentId: 'pi_1', reason: 'chargeback' },
      { ...base, commandId: 'c10', type: 'CaptureReservation', reservationId: 'r3' },
    ];
    const events: CreditLedgerEvent[] = [];
    for (const command of commands) {
      events.push(...creditLedger.decide(command, fold(creditLedger, events)));
      const state = fold(creditLedger, events);
      const sum = events.map(ledgerEffect).reduce(
        (t, e) => ({ balance: t.balance + e.balance, reserved: t.reserved + e.reserved, available: t.available + e.available }),
        { balance: 0, reserved: 0, available: 0 },
      );
      expect(sum).toEqual({ balance: state.balance, reserved: state.reserved, available: availableOf(state) });
    }
    expect(new Set(events.map((e) => e.type)).size).toBe(7);
    const final = fold(creditLedger, events);
    expect({ balance: final.balance, reserved: final.reserved }).toEqual({ balance: 0, reserved: 0 });
  });
});
