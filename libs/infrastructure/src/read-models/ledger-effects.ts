import { CreditLedgerEvent, GrantSource, serviceOfPurpose } from '@app/domain';
import type { ServiceKind } from '@app/domain';
import type { RecordedEvent } from '../event-store/event-store.port';

/*
 * The credits' history as the /balance command shows it. The arithmetic of each ledger event (its
 * effect on balance, available and reserved) is `ledgerEffect` in the domain.
 */

/** What a line of a user's credit history is about: what the credits paid for, or where they came from. */
export type CreditActivityKind = 'reading' | 'conversion' | 'spent' | GrantSource | 'purchase' | 'refund' | 'adjustment';

/** One line of a user's credit history as a person reads it. */
export interface CreditActivity {
  kind: CreditActivityKind;
  /** A reading's or conversion's id (from the reservation's purpose), to describe it by. */
  subjectId?: string;
  /** The change to the user's credits, signed: charged (or held), granted, bought, clawed back; 0 when returned. */
  amount: number;
  /** `held`: reserved for something still in progress; `returned`: released, nothing charged. */
  status: 'held' | 'charged' | 'returned' | 'credited';
  occurredAt: string;
}

/** What a reservation's purpose says the credits paid for: a service and its id, else spending in general. */
export function purposeOf(purpose: string | undefined): { kind: ServiceKind | 'spent'; subjectId?: string } {
  const service = serviceOfPurpose(purpose);
  return service ? { kind: service.kind, subjectId: service.serviceId } : { kind: 'spent' };
}

/**
 * A user's credit history, newest first, one line per thing bought (a reservation and its capture
 * or release fold into one line, dated by the latest of them), grant, purchase, refund or
 * correction. `events` are the user's credits stream read backwards: as a reservation makes at
 * most two events, `2 × limit` events always give `limit` lines when the stream has them.
 */
export function creditActivity(events: readonly RecordedEvent[], limit: number): CreditActivity[] {
  const lines: CreditActivity[] = [];
  const settled = new Set<string>();
  for (const recorded of events) {
    if (lines.length >= limit) break;
    const event = recorded as unknown as CreditLedgerEvent;
    const occurredAt = recorded.metadata.occurredAt;
    const line = (kind: CreditActivityKind, amount: number, status: CreditActivity['status'], subjectId?: string) =>
      lines.push({ kind, amount, status, occurredAt, ...(subjectId ? { subjectId } : {}) });
    switch (event.type) {
      case 'CreditsReserved':
      case 'CreditsCaptured':
      case 'CreditsReleased': {
        const { reservationId, purpose, amount } = event.data;
        if (settled.has(reservationId)) break;
        settled.add(reservationId);
        const { kind, subjectId } = purposeOf(purpose);
        if (event.type === 'CreditsReserved') line(kind, -amount, 'held', subjectId);
        else if (event.type === 'CreditsCaptured' && amount > 0) line(kind, -amount, 'charged', subjectId);
        else line(kind, 0, 'returned', subjectId);
        break;
      }
      case 'CreditsGranted':
        line(event.data.source, event.data.amount, 'credited');
        break;
      case 'CreditsPurchased':
        line('purchase', event.data.credits, 'credited');
        break;
      case 'CreditsRefunded':
        line('refund', -event.data.amount, 'charged');
        break;
      case 'CreditsAdjusted':
        line('adjustment', event.data.amount, event.data.amount < 0 ? 'charged' : 'credited');
        break;
    }
  }
  return lines;
}
