import { describe, expect, it } from 'vitest';
import type { CreditLedgerEvent } from '@app/domain';
import type { RecordedEvent } from '../event-store/event-store.port';
import { creditActivity } from './ledger-effects';

/** A user's credits stream, oldest first, as recorded events (the bot reads it backwards). */
function stream(events: CreditLedgerEvent[]): RecordedEvent[] {
  return events.map((e, i) => ({
    id: `e${i}`,
    type: e.type,
    streamName: 'credits-u',
    revision: i,
    position: i + 1,
    data: e.data,
    metadata: { occurredAt: `2026-12-0${1 + Math.floor(i / 3)}T10:00:0${i % 3}.000Z` },
  })) as RecordedEvent[];
}

const userId = 'u';
const reserve = (id: string, amount: number, purpose: string): CreditLedgerEvent => ({ type: 'CreditsReserved', data: { userId, reservationId: id, amount, purpose, expiresAt: '2030-01-01T00:00:00.000Z' } });
const capture = (id: string, amount: number, releasedAmount: number, purpose: string): CreditLedgerEvent => ({ type: 'CreditsCaptured', data: { userId, reservationId: id, amount, releasedAmount, purpose } });
const release = (id: string, amount: number, purpose: string): CreditLedgerEvent => ({ type: 'CreditsReleased', data: { userId, reservationId: id, amount, reason: 'llm_failed', purpose } });

describe('credit activity: what a person reads in /balance', () => {
  const events = stream([
    { type: 'CreditsGranted', data: { userId, amount: 20, source: 'welcome', grantKey: 'welcome' } },
    reserve('r1', 5, 'reading:r1'),
    capture('r1', 5, 0, 'reading:r1'),
    reserve('c1', 2, 'conversion:c1'),
    reserve('r2', 1, 'reading:r2'),
    release('r2', 1, 'reading:r2'),
    capture('c1', 1, 1, 'conversion:c1'),
    { type: 'CreditsAdjusted', data: { userId, adjustmentId: 'a1', amount: -3, reason: 'correction' } },
    reserve('r3', 2, 'reading:r3'),
  ]);
  const newestFirst = [...events].reverse();

  it('folds a reservation and its capture or release into one line, dated by the latest', () => {
    expect(creditActivity(newestFirst, 10)).toEqual([
      { kind: 'reading', subjectId: 'r3', amount: -2, status: 'held', occurredAt: events[8]!.metadata.occurredAt },
      { kind: 'adjustment', amount: -3, status: 'charged', occurredAt: events[7]!.metadata.occurredAt },
      { kind: 'conversion', subjectId: 'c1', amount: -1, status: 'charged', occurredAt: events[6]!.metadata.occurredAt }, // 2 held, 1 charged
      { kind: 'reading', subjectId: 'r2', amount: 0, status: 'returned', occurredAt: events[5]!.metadata.occurredAt },
      { kind: 'reading', subjectId: 'r1', amount: -5, status: 'charged', occurredAt: events[2]!.metadata.occurredAt },
      { kind: 'welcome', amount: 20, status: 'credited', occurredAt: events[0]!.metadata.occurredAt },
    ]);
  });

  it('gives `limit` lines from 2 × limit events, and no more than asked', () => {
    expect(creditActivity(newestFirst.slice(0, 6), 3)).toHaveLength(3);
    expect(creditActivity(newestFirst, 2).map((l) => l.kind)).toEqual(['reading', 'adjustment']);
  });

  it('names an unknown purpose as spending, without its internals', () => {
    const [line] = creditActivity(stream([reserve('x', 4, 'something-else'), capture('x', 4, 0, 'something-else')]).reverse(), 5);
    expect(line).toEqual({ kind: 'spent', amount: -4, status: 'charged', occurredAt: expect.any(String) });
  });
});

describe('credit activity: money in and out', () => {
  it('shows a purchase and its refund as two lines', () => {
    const lines = creditActivity(
      stream([
        { type: 'CreditsPurchased', data: { userId, paymentId: 'p1', credits: 50, provider: 'stripe' } },
        { type: 'CreditsRefunded', data: { userId, paymentId: 'p1', amount: 50, shortfall: 0, reason: 'refund' } },
      ]).reverse(),
      5,
    );
    expect(lines.map(({ kind, amount, status }) => ({ kind, amount, status }))).toEqual([
      { kind: 'refund', amount: -50, status: 'charged' },
      { kind: 'purchase', amount: 50, status: 'credited' },
    ]);
  });
});
