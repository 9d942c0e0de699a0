import { CreditLedgerEvent } from '@app/domain';

/** What one ledger event does to a user's credits, as read models and the admin console show it. */
export interface LedgerEffect {
  /** Change of available credits (what the user can spend now). */
  available: number;
  /** Change of owned credits (including those held by open reservations). */
  balance: number;
  reserved: number;
  granted: number;
  purchased: number;
  spent: number;
  refunded: number;
  /** The id this entry is about: grant key, payment, reservation or adjustment. */
  reference: string;
  detail: string;
}

const none = { available: 0, balance: 0, reserved: 0, granted: 0, purchased: 0, spent: 0, refunded: 0 };

export function ledgerEffect(event: CreditLedgerEvent): LedgerEffect {
  switch (event.type) {
    case 'CreditsGranted': {
      const { amount, grantKey, source } = event.data;
      return { ...none, available: amount, balance: amount, granted: amount, reference: grantKey, detail: source };
    }
    case 'CreditsPurchased': {
      const { credits, paymentId, provider } = event.data;
      return { ...none, available: credits, balance: credits, purchased: credits, reference: paymentId, detail: provider };
    }
    case 'CreditsReserved': {
      const { amount, reservationId, purpose } = event.data;
      return { ...none, available: -amount, reserved: amount, reference: reservationId, detail: purpose };
    }
    case 'CreditsCaptured': {
      const { amount, releasedAmount, reservationId, purpose } = event.data;
      return {
        ...none,
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
      return { ...none, available: amount, reserved: -amount, reference: reservationId, detail: reason };
    }
    case 'CreditsRefunded': {
      const { amount, paymentId, reason } = event.data;
      return { ...none, available: -amount, balance: -amount, refunded: amount, reference: paymentId, detail: reason };
    }
    case 'CreditsAdjusted': {
      const { amount, adjustmentId, reason } = event.data;
      return { ...none, available: amount, balance: amount, reference: adjustmentId, detail: reason };
    }
  }
}
