import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentIdOf } from '../libs/domain/src';
import type { PaymentCommand, SubscriptionCommand } from '../libs/domain/src';
import {
  EVENT_STORE,
  paymentsProjection,
  Projection,
  ReadModels,
  rebuildProjection,
  referralsProjection,
  subscriptionsProjection,
  systemActor,
} from '../libs/infrastructure/src';
import type { CommandContext, EventStore } from '../libs/infrastructure/src';
import { startSystem, TestSystem } from './support/system';

/**
 * The payments, subscriptions and referrals read models, fed by commands on the real command bus
 * and the real projector, read through their query modules (the ReadModels facade).
 */
let sys: TestSystem;
let reads: ReadModels;
let store: EventStore;
beforeAll(async () => {
  sys = await startSystem('payment_read_models', { WELCOME_CREDITS: '0' });
  reads = sys.api.get(ReadModels);
  store = sys.api.get<EventStore>(EVENT_STORE);
});
afterAll(async () => sys?.close());

const context: CommandContext = { actor: systemActor('test') };
const pay = (command: PaymentCommand) => sys.commands.payment(command, context);
const subscribe = (command: SubscriptionCommand) => sys.commands.subscription(command, context);

async function newUser(referredBy?: string): Promise<string> {
  const userId = randomUUID();
  await sys.commands.userAccount(
    { type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Payer' }, ...(referredBy ? { referredBy } : {}) },
    context,
  );
  return userId;
}

function stripePack(userId: string, ref: string, options: { offerId?: string; amountMinor?: number; paidAt?: string; links?: boolean } = {}): PaymentCommand {
  return {
    type: 'RecordPayment',
    commandId: `record:${ref}`,
    paymentId: paymentIdOf('stripe', ref),
    provider: 'stripe',
    providerIds: {
      checkoutSessionId: ref,
      paymentIntentId: `pi_${ref}`,
      invoiceId: `in_${ref}`,
      ...(options.links === false ? {} : { hostedInvoiceUrl: `https://invoice.example/${ref}`, invoicePdf: `https://invoice.example/${ref}.pdf` }),
    },
    userId,
    offerId: options.offerId ?? 'pack:150',
    amountMinor: options.amountMinor ?? 699,
    currency: 'usd',
    paidAt: options.paidAt ?? new Date().toISOString(),
  };
}

function starsPack(userId: string, chargeId: string): PaymentCommand {
  return {
    type: 'RecordPayment',
    commandId: `record:${chargeId}`,
    paymentId: paymentIdOf('stars', chargeId),
    provider: 'stars',
    providerIds: { telegramPaymentChargeId: chargeId },
    userId,
    offerId: 'pack:50',
    amountMinor: 150,
    currency: 'XTR',
    paidAt: new Date().toISOString(),
  };
}

const at = '2027-01-10T00:00:00.000Z';

describe('payments read model', () => {
  it('a paid pack: what it bought, its amount, the provider ids and the invoice links; found by any Stripe id, not by a link', async () => {
    const userId = await newUser();
    const ref = `cs_${randomUUID()}`;
    await pay(stripePack(userId, ref));
    await sys.settle();
    const payment = await reads.payment(paymentIdOf('stripe', ref));
    expect(payment).toMatchObject({
      paymentId: `stripe:${ref}`,
      userId,
      provider: 'stripe',
      providerIds: { checkoutSessionId: ref, paymentIntentId: `pi_${ref}`, invoiceId: `in_${ref}` },
      offerId: 'pack:150',
      kind: 'pack',
      credits: 150,
      amountMinor: 699,
      currency: 'USD',
      status: 'paid',
      refundedMinor: 0,
      hostedInvoiceUrl: `https://invoice.example/${ref}`,
      invoicePdf: `https://invoice.example/${ref}.pdf`,
    });
    for (const id of [ref, `pi_${ref}`, `in_${ref}`, `stripe:${ref}`]) expect((await reads.findPayments(id)).map((p) => p.paymentId), id).toEqual([`stripe:${ref}`]);
    expect(await reads.findPayments(`https://invoice.example/${ref}`)).toEqual([]);
    expect(await reads.findPayments('pi_nothing')).toEqual([]);
  });

  it('a Stars charge is found by its charge id and has no invoice links', async () => {
    const userId = await newUser();
    const chargeId = `stxch-${randomUUID()}`;
    await pay(starsPack(userId, chargeId));
    await sys.settle();
    const [found] = await reads.findPayments(chargeId);
    expect(found).toMatchObject({ paymentId: `stars:${chargeId}`, provider: 'stars', currency: 'XTR', amountMinor: 150, credits: 50, status: 'paid', hostedInvoiceUrl: null, invoicePdf: null });
  });

  it('refunds: partially refunded, then refunded with the total; the refund ids find the payment', async () => {
    const userId = await newUser();
    const ref = `cs_${randomUUID()}`;
    const paymentId = paymentIdOf('stripe', ref);
    await pay(stripePack(userId, ref));
    await pay({ type: 'RefundPayment', commandId: `refund:${ref}:1`, paymentId, refundId: `re_1_${ref}`, amountMinor: 200, refundedAt: at });
    await sys.settle();
    expect(await reads.payment(paymentId)).toMatchObject({ status: 'partially_refunded', refundedMinor: 200 });
    await pay({ type: 'RefundPayment', commandId: `refund:${ref}:2`, paymentId, refundId: `re_2_${ref}`, amountMinor: 499, refundedAt: at });
    await sys.settle();
    expect(await reads.payment(paymentId)).toMatchObject({ status: 'refunded', refundedMinor: 699 });
    expect((await reads.findPayments(`re_2_${ref}`)).map((p) => p.paymentId)).toEqual([paymentId]);
  });

  it('disputes: disputed while open, then dispute_lost or dispute_won; the dispute id finds the payment', async () => {
    const userId = await newUser();
    const [lost, won] = [`cs_${randomUUID()}`, `cs_${randomUUID()}`];
    for (const ref of [lost, won]) {
      await pay(stripePack(userId, ref));
      await pay({ type: 'OpenDispute', commandId: `open:${ref}`, paymentId: paymentIdOf('stripe', ref), disputeId: `dp_${ref}`, amountMinor: 699, reason: 'fraudulent', openedAt: at });
    }
    await sys.settle();
    expect((await reads.payment(paymentIdOf('stripe', lost)))?.status).toBe('disputed');
    await pay({ type: 'CloseDispute', commandId: `close:${lost}`, paymentId: paymentIdOf('stripe', lost), disputeId: `dp_${lost}`, outcome: 'lost', closedAt: at });
    await pay({ type: 'CloseDispute', commandId: `close:${won}`, paymentId: paymentIdOf('stripe', won), disputeId: `dp_${won}`, outcome: 'won', closedAt: at });
    await sys.settle();
    expect((await reads.payment(paymentIdOf('stripe', lost)))?.status).toBe('dispute_lost');
    expect((await reads.payment(paymentIdOf('stripe', won)))?.status).toBe('dispute_won');
    expect((await reads.findPayments(`dp_${won}`)).map((p) => p.paymentId)).toEqual([paymentIdOf('stripe', won)]);
  });

  it('a payment that is not our price is a mismatch that delivered nothing', async () => {
    const userId = await newUser();
    const ref = `cs_${randomUUID()}`;
    await pay(stripePack(userId, ref, { amountMinor: 1 }));
    await sys.settle();
    expect(await reads.payment(paymentIdOf('stripe', ref))).toMatchObject({ status: 'mismatch', mismatchReason: 'amount_mismatch', credits: 0, amountMinor: 1, kind: 'pack' });
  });

  it("a user's payments newest first, paged, and nobody else's", async () => {
    const userId = await newUser();
    const other = await newUser();
    const refs = [0, 1, 2].map(() => `cs_${randomUUID()}`);
    // Recorded out of order: the list follows when each was paid.
    for (const i of [1, 0, 2]) await pay(stripePack(userId, refs[i]!, { paidAt: `2027-01-0${i + 1}T00:00:00.000Z` }));
    await pay(stripePack(other, `cs_${randomUUID()}`));
    await sys.settle();
    expect((await reads.userPayments(userId, { limit: 2 })).map((p) => p.paymentId)).toEqual([refs[2], refs[1]].map((r) => `stripe:${r}`));
    expect((await reads.userPayments(userId, { limit: 2, offset: 2 })).map((p) => p.paymentId)).toEqual([`stripe:${refs[0]}`]);
  });
});

describe('subscriptions read model', () => {
  const jan = { periodStart: '2027-01-01T00:00:00.000Z', periodEnd: '2027-01-31T00:00:00.000Z' };
  const feb = { periodStart: '2027-01-31T00:00:00.000Z', periodEnd: '2027-03-02T00:00:00.000Z' };

  it('follows the subscription: started, past due, renewed, upgraded, canceled at period end, resumed, canceled, ended', async () => {
    const userId = await newUser();
    const sub = { userId, subscriptionId: `sub_${randomUUID()}` };
    const view = async () => (await sys.settle(), reads.subscription(userId));
    expect(await reads.subscription(userId)).toBeUndefined();

    await subscribe({ ...sub, type: 'StartSubscription', commandId: randomUUID(), provider: 'stripe', tier: 'basic', grantKey: `in_${randomUUID()}`, customerId: 'cus_1', ...jan });
    expect(await view()).toMatchObject({ provider: 'stripe', subscriptionId: sub.subscriptionId, customerId: 'cus_1', tier: 'basic', status: 'active', currentPeriodEnd: jan.periodEnd, cancelAtPeriodEnd: false, pastDueSince: null });

    await subscribe({ ...sub, type: 'MarkSubscriptionPastDue', commandId: randomUUID(), since: jan.periodEnd });
    expect(await view()).toMatchObject({ status: 'past_due', pastDueSince: jan.periodEnd });

    await subscribe({ ...sub, type: 'RenewSubscription', commandId: randomUUID(), grantKey: `in_${randomUUID()}`, ...feb });
    expect(await view()).toMatchObject({ status: 'active', pastDueSince: null, currentPeriodStart: feb.periodStart, currentPeriodEnd: feb.periodEnd });

    // A late invoice for the earlier period does not move the period back.
    await subscribe({ ...sub, type: 'RenewSubscription', commandId: randomUUID(), grantKey: `in_${randomUUID()}`, periodStart: '2026-12-02T00:00:00.000Z', periodEnd: jan.periodStart });
    expect(await view()).toMatchObject({ currentPeriodEnd: feb.periodEnd });

    await subscribe({ ...sub, type: 'ChangeSubscriptionPlan', commandId: randomUUID(), tier: 'pro', effectiveAt: at });
    expect(await view()).toMatchObject({ tier: 'pro' });

    await subscribe({ ...sub, type: 'CancelSubscription', commandId: randomUUID(), atPeriodEnd: true, canceledAt: at });
    expect(await view()).toMatchObject({ status: 'canceled', cancelAtPeriodEnd: true, canceledAt: at });

    await subscribe({ ...sub, type: 'ResumeSubscription', commandId: randomUUID(), resumedAt: at });
    expect(await view()).toMatchObject({ status: 'active', cancelAtPeriodEnd: false, canceledAt: null });

    await subscribe({ ...sub, type: 'EndSubscription', commandId: randomUUID(), endedAt: feb.periodEnd });
    expect(await view()).toMatchObject({ status: 'ended', endedAt: feb.periodEnd, tier: 'pro' });
  });
});

describe('referrals read model', () => {
  it('people invited, who paid, credits earned (the referrer’s grants), once however often the referee pays', async () => {
    const referrer = await newUser();
    const payer = await newUser(referrer);
    const idle = await newUser(referrer);
    await newUser(); // not invited by this referrer
    await pay(starsPack(payer, `stxch-${randomUUID()}`));
    await pay(starsPack(payer, `stxch-${randomUUID()}`));
    await sys.settle();
    // The rewards are granted by the payment process manager, which the projection then sees.
    await expect.poll(async () => (await sys.settle(), reads.referralStats(referrer)), { timeout: 15_000 }).toEqual({ invited: 2, paid: 1, creditsEarned: 50 });
    const list = await reads.referrals(referrer, { limit: 10 });
    expect(list.map((r) => r.refereeId)).toEqual([idle, payer]);
    expect(list[1]).toMatchObject({ referrerId: referrer, referrerCredits: 50, refereeCredits: 20, firstPaymentId: expect.stringMatching(/^stars:/) });
    expect(list[1]!.firstPaidAt).not.toBeNull();
    expect(list[0]).toMatchObject({ firstPaidAt: null, referrerCredits: 0 });
    expect((await reads.referrals(referrer, { limit: 1, offset: 1 })).map((r) => r.refereeId)).toEqual([payer]);
    expect(await reads.referralStats(randomUUID())).toEqual({ invited: 0, paid: 0, creditsEarned: 0 });
  });

  it('refused referrals are recorded with their reason for the audit view', async () => {
    const referrer = await newUser();
    const existing = await newUser();
    const self = randomUUID();
    await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId: self, profile: { displayName: 'Me' }, referredBy: self }, context);
    await sys.commands.userAccount({ type: 'ClaimReferral', commandId: randomUUID(), userId: existing, referrerId: referrer }, context);
    await sys.settle();
    expect(await reads.refusedReferrals({ refereeId: existing })).toEqual([{ refereeId: existing, referrerId: referrer, reason: 'already_registered', refusedAt: expect.any(String) }]);
    expect(await reads.refusedReferrals({ referrerId: referrer })).toHaveLength(1);
    expect((await reads.refusedReferrals({ refereeId: self })).map((r) => r.reason)).toEqual(['self_referral']);
    // Neither counts as an invitation.
    expect(await reads.referralStats(referrer)).toMatchObject({ invited: 0 });
    expect(await reads.referralStats(self)).toMatchObject({ invited: 0 });
  });
});

describe('replay and rebuild', () => {
  const TABLES: [Projection, string[]][] = [
    [paymentsProjection, ['payments']],
    [subscriptionsProjection, ['subscriptions']],
    [referralsProjection, ['referrals', 'referral_refusals']],
  ];
  const dump = async (table: string) => (await sys.db.pool.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows;

  it('every event handled again, on its own or all in one batch, changes no row; a rebuild from the log gives the same rows', async () => {
    await sys.settle();
    for (const [projection, tables] of TABLES) {
      const before = await Promise.all(tables.map(dump));
      expect(before[0]!.length, projection.name).toBeGreaterThan(0);
      const { events } = await store.readAll({ fromPosition: 0, filter: projection.filter, maxCount: 100_000 });
      const client = await sys.db.pool.connect();
      try {
        // One at a time: an older event seen again after newer ones must not undo them.
        for (const event of events) {
          await projection.handle([event], { client, table: (name) => name });
          expect(await Promise.all(tables.map(dump)), `${projection.name}: ${event.type} at ${event.position} replayed`).toEqual(before);
        }
        await projection.handle(events, { client, table: (name) => name });
        expect(await Promise.all(tables.map(dump)), `${projection.name} replayed in one batch`).toEqual(before);
      } finally {
        client.release();
      }
      await rebuildProjection(sys.db.pool, store, projection, { batchSize: 7 });
      const rebuilt = await Promise.all(tables.map(dump));
      // (updated_at comes from the events, so rebuilt rows are equal field for field.)
      expect(rebuilt, `${projection.name} rebuilt`).toEqual(before);
    }
  });
});
