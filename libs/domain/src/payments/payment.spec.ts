import { describe, expect, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { payment, PaymentEvent, paymentIdOf, paymentStream } from './payment';
import { expectedAmount, offerById, PACKS, SUBSCRIPTION_PLANS } from './prices';

const spec = specFor(payment);
const paymentId = 'stars:ch_1';
const paidAt = '2026-12-01T10:00:00.000Z';
const at = '2026-12-02T10:00:00.000Z';
const record = {
  type: 'RecordPayment',
  commandId: 'c1',
  paymentId,
  provider: 'stars',
  providerIds: { telegramPaymentChargeId: 'ch_1' },
  userId: 'u1',
  offerId: 'pack:150',
  amountMinor: 350,
  currency: 'XTR',
  paidAt,
} as const;
const succeeded = (over: Partial<Extract<PaymentEvent, { type: 'PaymentSucceeded' }>['data']> = {}): PaymentEvent => ({
  type: 'PaymentSucceeded',
  data: {
    paymentId,
    provider: 'stars',
    providerIds: { telegramPaymentChargeId: 'ch_1' },
    userId: 'u1',
    offerId: 'pack:150',
    offerKind: 'pack',
    credits: 150,
    amountMinor: 350,
    currency: 'XTR',
    paidAt,
    ...over,
  },
});
// A Stripe pack of 500 credits for 19.99 USD, for proportional refunds.
const stripe500 = succeeded({ provider: 'stripe', providerIds: { checkoutSessionId: 'cs_1' }, offerId: 'pack:500', credits: 500, amountMinor: 1999, currency: 'USD' });
const refund = (refundId: string, amountMinor: number) => ({ type: 'RefundPayment', commandId: `c-${refundId}`, paymentId, refundId, amountMinor, refundedAt: at }) as const;
const refunded = (refundId: string, amountMinor: number, refundedTotalMinor: number, creditsToClawBack: number, full = false): PaymentEvent => ({
  type: 'PaymentRefunded',
  data: { paymentId, userId: 'u1', refundId, amountMinor, currency: 'USD', refundedTotalMinor, full, creditsToClawBack, refundedAt: at },
});
const opened = (disputeId = 'dp_1', amountMinor = 1999): PaymentEvent => ({
  type: 'DisputeOpened',
  data: { paymentId, userId: 'u1', disputeId, amountMinor, currency: 'USD', reason: 'fraudulent', openedAt: at },
});
const close = (outcome: 'won' | 'lost', disputeId = 'dp_1') => ({ type: 'CloseDispute', commandId: 'c-close', paymentId, disputeId, outcome, closedAt: at }) as const;
const closed = (outcome: 'won' | 'lost', creditsToClawBack: number, disputeId = 'dp_1'): PaymentEvent => ({
  type: 'DisputeClosed',
  data: { paymentId, userId: 'u1', disputeId, outcome, creditsToClawBack, closedAt: at },
});

describe('price table', () => {
  it('sells the packs and plans of product.md, in cents and in Stars', () => {
    expect(PACKS.map((p) => [p.id, p.credits, p.prices.USD, p.prices.XTR])).toEqual([
      ['pack:50', 50, 299, 150],
      ['pack:150', 150, 699, 350],
      ['pack:500', 500, 1999, 1000],
    ]);
    expect(SUBSCRIPTION_PLANS.map((p) => [p.id, p.tier, p.allowance, p.prices.USD, p.prices.XTR])).toEqual([
      ['sub:basic', 'basic', 200, 499, 250],
      ['sub:pro', 'pro', 1000, 1499, 750],
    ]);
  });
  it('looks offers up by id and prices them per currency, whatever the spelling', () => {
    const offer = offerById('pack:50');
    expect(offer && expectedAmount(offer, 'usd')).toBe(299);
    expect(offer && expectedAmount(offer, 'XTR')).toBe(150);
    expect(offer && expectedAmount(offer, 'EUR')).toBeUndefined();
    expect(offerById('pack:51')).toBeUndefined();
  });
  it('names streams and payment ids after the provider object', () => {
    expect(paymentStream(paymentIdOf('stripe', 'cs_1'))).toBe('payment-stripe:cs_1');
  });
});

describe('Payment decider', () => {
  describe('RecordPayment', () => {
    it('records a Stars pack paid at our price', () => spec().when(record).then([succeeded()]));
    it('records a Stripe subscription payment with its tier and allowance', () =>
      spec()
        .when({ ...record, provider: 'stripe', providerIds: { invoiceId: 'in_1' }, offerId: 'sub:pro', amountMinor: 1499, currency: 'usd' })
        .then([succeeded({ provider: 'stripe', providerIds: { invoiceId: 'in_1' }, offerId: 'sub:pro', offerKind: 'subscription', credits: 1000, tier: 'pro', amountMinor: 1499, currency: 'USD' })]));
    it('a re-delivered payment appends nothing', () => spec([succeeded()]).when({ ...record, commandId: 'c2' }).thenNothing());
    it('refuses the same payment id with another amount', () =>
      spec([succeeded()]).when({ ...record, amountMinor: 351 }).thenThrows('payment_conflict'));
    it('records a wrong amount as a mismatch that credits nothing', () =>
      spec()
        .when({ ...record, amountMinor: 1 })
        .then([
          {
            type: 'PaymentAmountMismatched',
            data: {
              paymentId,
              provider: 'stars',
              providerIds: { telegramPaymentChargeId: 'ch_1' },
              userId: 'u1',
              offerId: 'pack:150',
              reason: 'amount_mismatch',
              expected: { amountMinor: 350, currency: 'XTR' },
              received: { amountMinor: 1, currency: 'XTR' },
              paidAt,
            },
          },
        ]));
    it('records a currency other than the rail charges as a mismatch', () => {
      const events = payment.decide({ ...record, provider: 'stripe', currency: 'XTR' }, payment.initialState());
      expect(events).toMatchObject([{ type: 'PaymentAmountMismatched', data: { reason: 'currency_mismatch', expected: { amountMinor: 699, currency: 'USD' } } }]);
    });
    it('records an offer we do not sell as a mismatch', () => {
      const events = payment.decide({ ...record, offerId: 'pack:9999' }, payment.initialState());
      expect(events).toMatchObject([{ type: 'PaymentAmountMismatched', data: { reason: 'unknown_offer', expected: { currency: 'XTR' } } }]);
    });
    it('rejects malformed input', () => {
      spec().when({ ...record, amountMinor: 3.5 }).thenThrows('invalid_command');
      spec().when({ ...record, provider: 'paypal' as 'stars' }).thenThrows('invalid_command');
      spec().when({ ...record, providerIds: {} }).thenThrows('invalid_command');
      spec().when({ ...record, userId: ' ' }).thenThrows('invalid_command');
      spec().when({ ...record, paidAt: 'yesterday' }).thenThrows('invalid_command');
    });
  });

  describe('RefundPayment', () => {
    it('a full refund claws back every credit', () =>
      spec([stripe500]).when(refund('re_1', 1999)).then([refunded('re_1', 1999, 1999, 500, true)]));
    it('a partial refund claws back its share, rounded down', () =>
      // 500 × 1000 / 1999 = 250.1 → 250
      spec([stripe500]).when(refund('re_1', 1000)).then([refunded('re_1', 1000, 1000, 250)]));
    it('partial refunds adding up to the whole amount claw back exactly all credits', () =>
      // cumulative: floor(500 × 1999 / 1999) − 250 = 250
      spec([stripe500, refunded('re_1', 1000, 1000, 250)]).when(refund('re_2', 999)).then([refunded('re_2', 999, 1999, 250, true)]));
    it('a re-delivered refund appends nothing', () =>
      spec([stripe500, refunded('re_1', 1000, 1000, 250)]).when(refund('re_1', 1000)).thenNothing());
    it('refuses a known refund id with another amount', () =>
      spec([stripe500, refunded('re_1', 1000, 1000, 250)]).when(refund('re_1', 999)).thenThrows('payment_conflict'));
    it('refuses to refund more than was paid', () =>
      spec([stripe500, refunded('re_1', 1000, 1000, 250)]).when(refund('re_2', 1000)).thenThrows('invalid_command', { reason: 'refund_exceeds_payment' }));
    it('refuses a refund of an unknown payment', () => spec().when(refund('re_1', 100)).thenThrows('payment_not_found'));
    it('claws back nothing when a lost dispute already took the credits', () =>
      spec([stripe500, opened(), closed('lost', 500)]).when(refund('re_1', 1999)).then([refunded('re_1', 1999, 1999, 0, true)]));
  });

  describe('disputes', () => {
    const open = { type: 'OpenDispute', commandId: 'c-open', paymentId, disputeId: 'dp_1', amountMinor: 1999, reason: 'fraudulent', openedAt: at } as const;
    const evidence = { type: 'SubmitDisputeEvidence', commandId: 'c-ev', paymentId, disputeId: 'dp_1', submissionId: 'sub_1', fields: ['product_description', 'service_date'], submittedAt: at } as const;
    const submitted: PaymentEvent = {
      type: 'DisputeEvidenceSubmitted',
      data: { paymentId, userId: 'u1', disputeId: 'dp_1', submissionId: 'sub_1', fields: ['product_description', 'service_date'], submittedAt: at },
    };
    it('records an opened dispute, once', () => {
      spec([stripe500]).when(open).then([opened()]);
      spec([stripe500, opened()]).when(open).thenNothing();
    });
    it('records submitted evidence, once per submission', () => {
      spec([stripe500, opened()]).when(evidence).then([submitted]);
      spec([stripe500, opened(), submitted]).when(evidence).thenNothing();
    });
    it('refuses evidence for an unknown or closed dispute', () => {
      spec([stripe500]).when(evidence).thenThrows('invalid_command', { reason: 'dispute_not_found' });
      spec([stripe500, opened(), closed('won', 0)]).when({ ...evidence, submissionId: 'sub_2' }).thenThrows('invalid_command', { reason: 'dispute_closed' });
    });
    it('a won dispute moves no credits', () => spec([stripe500, opened()]).when(close('won')).then([closed('won', 0)]));
    it('a lost dispute claws back the credits', () => spec([stripe500, opened()]).when(close('lost')).then([closed('lost', 500)]));
    it('a lost dispute claws back only what refunds left', () =>
      spec([stripe500, refunded('re_1', 1000, 1000, 250), opened('dp_1', 999)]).when(close('lost')).then([closed('lost', 249)]));
    it('a lost dispute after a full refund claws back nothing', () =>
      spec([stripe500, refunded('re_1', 1999, 1999, 500, true), opened()]).when(close('lost')).then([closed('lost', 0)]));
    it('a re-delivered close appends nothing; another outcome is a conflict', () => {
      spec([stripe500, opened(), closed('lost', 500)]).when(close('lost')).thenNothing();
      spec([stripe500, opened(), closed('lost', 500)]).when(close('won')).thenThrows('payment_conflict');
    });
    it('a close that overtook the open records both', () =>
      spec([stripe500]).when({ ...close('lost'), amountMinor: 1999, reason: 'fraudulent' }).then([opened(), closed('lost', 500)]));
  });
});

describe('Payment decider: refund requests', () => {
  const by = { kind: 'admin', id: 'alice' };
  const ask = (requestId: string, amountMinor?: number) =>
    ({ type: 'RequestRefund', commandId: `c-${requestId}`, paymentId, requestId, ...(amountMinor !== undefined ? { amountMinor } : {}), requestedBy: by, reason: 'customer asked', requestedAt: at }) as const;
  const requested = (requestId: string, amountMinor: number, full: boolean, over: { provider?: 'stars' | 'stripe'; currency?: string } = {}): PaymentEvent => ({
    type: 'RefundRequested',
    data: { paymentId, userId: 'u1', provider: over.provider ?? 'stripe', requestId, amountMinor, currency: over.currency ?? 'USD', full, requestedBy: by, reason: 'customer asked', requestedAt: at },
  });
  const fail = (requestId: string) => ({ type: 'RecordRefundFailure', commandId: `f-${requestId}`, paymentId, requestId, code: 'CHARGE_ALREADY_REFUNDED', message: 'Bad Request: CHARGE_ALREADY_REFUNDED', failedAt: at }) as const;
  const failed = (requestId: string): PaymentEvent => ({
    type: 'RefundFailed',
    data: { paymentId, userId: 'u1', requestId, code: 'CHARGE_ALREADY_REFUNDED', message: 'Bad Request: CHARGE_ALREADY_REFUNDED', failedAt: at },
  });

  it('records a request for the rest of the payment by default, moving nothing', () => spec([stripe500]).when(ask('r1')).then([requested('r1', 1999, true)]));
  it('records a partial request', () => spec([stripe500]).when(ask('r1', 500)).then([requested('r1', 500, false)]));
  it('the same request again appends nothing; with another amount it is a conflict', () => {
    spec([stripe500, requested('r1', 500, false)]).when(ask('r1', 500)).thenNothing();
    spec([stripe500, requested('r1', 500, false)]).when(ask('r1')).thenNothing();
    spec([stripe500, requested('r1', 500, false)]).when(ask('r1', 600)).thenThrows('payment_conflict');
  });
  it('refuses an unknown payment, and a mismatch', () => {
    spec().when(ask('r1')).thenThrows('payment_not_found');
    const mismatch = payment.decide({ ...record, amountMinor: 1 }, payment.initialState());
    spec(mismatch).when(ask('r1')).thenThrows('invalid_command', { reason: 'payment_mismatch' });
  });
  it('refuses a payment refunded in full, and more than is left', () => {
    spec([stripe500, refunded('re_1', 1999, 1999, 500, true)]).when(ask('r2')).thenThrows('payment_conflict', { reason: 'already_refunded' });
    spec([stripe500, refunded('re_1', 1000, 1000, 250)]).when(ask('r2', 1000)).thenThrows('invalid_command', { reason: 'refund_exceeds_payment' });
  });
  it('a request waiting for the provider holds its amount; its confirmation or failure releases it', () => {
    spec([stripe500, requested('r1', 1999, true)]).when(ask('r2')).thenThrows('payment_conflict', { reason: 'refund_pending' });
    spec([stripe500, requested('r1', 1500, false)]).when(ask('r2', 500)).thenThrows('invalid_command', { reason: 'refund_exceeds_payment' });
    spec([stripe500, requested('r1', 1500, false), refunded('re_1', 1500, 1500, 375)]).when(ask('r2')).then([requested('r2', 499, true)]);
    spec([stripe500, requested('r1', 1999, true), failed('r1')]).when(ask('r2')).then([requested('r2', 1999, true)]);
  });
  it('Stars refunds a charge whole', () => {
    spec([succeeded()]).when(ask('r1', 100)).thenThrows('invalid_command', { reason: 'partial_refund_not_supported' });
    spec([succeeded()]).when(ask('r1')).then([requested('r1', 350, true, { provider: 'stars', currency: 'XTR' })]);
  });
  it('needs a reason and who asks', () => {
    spec([stripe500]).when({ ...ask('r1'), reason: '  ' }).thenThrows('reason_required');
    spec([stripe500]).when({ ...ask('r1'), requestedBy: { kind: '', id: 'x' } }).thenThrows('invalid_command');
  });
  it('records a provider failure once, for a known open request only', () => {
    spec([stripe500, requested('r1', 1999, true)]).when(fail('r1')).then([failed('r1')]);
    spec([stripe500, requested('r1', 1999, true), failed('r1')]).when(fail('r1')).thenNothing();
    spec([stripe500]).when(fail('r1')).thenThrows('invalid_command', { reason: 'refund_request_not_found' });
  });
});
