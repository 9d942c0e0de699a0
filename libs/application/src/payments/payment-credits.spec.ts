import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableOf, creditLedger, creditsStream, paymentIdOf } from '@app/domain';
import type { CreditLedgerState, PaymentCommand, SubscriptionCommand } from '@app/domain';
import { AGGREGATE_RUNNER, EVENT_STORE, systemActor } from '@app/infrastructure';
import type { AggregateRunner, CommandContext, EventStore } from '@app/infrastructure';
import { startSystem, TestSystem } from '../../../../test/support/system';

let sys: TestSystem;
let runner: AggregateRunner;
beforeAll(async () => {
  sys = await startSystem('payment_credits', { WELCOME_CREDITS: '0' });
  runner = sys.api.get<AggregateRunner>(AGGREGATE_RUNNER);
});
afterAll(async () => sys?.close());

const context: CommandContext = { actor: systemActor('test') };

async function ledger(userId: string): Promise<CreditLedgerState> {
  await sys.settle();
  return (await runner.state(creditLedger, creditsStream(userId))).state;
}
const balance = async (userId: string) => availableOf(await ledger(userId));

async function newUser(referredBy?: string): Promise<string> {
  const userId = randomUUID();
  await sys.commands.userAccount(
    { type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Payer' }, ...(referredBy ? { referredBy } : {}) },
    context,
  );
  return userId;
}

/** A Stars charge for an offer, recorded as the bot records it; the same `chargeId` is the same payment. */
function starsPayment(userId: string, chargeId: string, offerId: string, amountMinor: number): PaymentCommand {
  return {
    type: 'RecordPayment',
    commandId: `record:${chargeId}`,
    paymentId: paymentIdOf('stars', chargeId),
    provider: 'stars',
    providerIds: { chargeId },
    userId,
    offerId,
    amountMinor,
    currency: 'XTR',
    paidAt: new Date().toISOString(),
  };
}

describe('payments move credits once', () => {
  it('a pack payment recorded three times credits the pack once', async () => {
    const userId = await newUser();
    const command = starsPayment(userId, `ch-${randomUUID()}`, 'pack:150', 350);
    for (let i = 0; i < 3; i++) await sys.commands.payment(command, context);
    expect(await balance(userId)).toBe(150);
  });

  it('an amount that is not our price credits nothing', async () => {
    const userId = await newUser();
    await sys.commands.payment(starsPayment(userId, `ch-${randomUUID()}`, 'pack:500', 1), context);
    expect(await balance(userId)).toBe(0);
  });

  it('a full refund after the credits were spent takes back what is left and records the shortfall', async () => {
    const userId = await newUser();
    const chargeId = `ch-${randomUUID()}`;
    const paymentId = paymentIdOf('stars', chargeId);
    await sys.commands.payment(starsPayment(userId, chargeId, 'pack:50', 150), context);
    expect(await balance(userId)).toBe(50);
    await sys.commands.ledger(
      { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: 'spent', amount: 30, purpose: 'test', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
      context,
    );
    await sys.commands.ledger({ type: 'CaptureReservation', commandId: randomUUID(), userId, reservationId: 'spent' }, context);
    for (let i = 0; i < 2; i++) {
      await sys.commands.payment({ type: 'RefundPayment', commandId: `refund:${chargeId}`, paymentId, refundId: chargeId, amountMinor: 150, refundedAt: new Date().toISOString() }, context);
    }
    const state = await ledger(userId);
    expect(availableOf(state)).toBe(0);
    const refunds = (await sys.api.get<EventStore>(EVENT_STORE).readStream(creditsStream(userId))).filter((e) => e.type === 'CreditsRefunded');
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.data).toMatchObject({ paymentId, amount: 20, shortfall: 30 });
  });

  it('a lost dispute takes the credits back; a won one moves nothing', async () => {
    const won = await newUser();
    const lost = await newUser();
    for (const [userId, outcome] of [
      [won, 'won'],
      [lost, 'lost'],
    ] as const) {
      const chargeId = `ch-${randomUUID()}`;
      const paymentId = paymentIdOf('stars', chargeId);
      await sys.commands.payment(starsPayment(userId, chargeId, 'pack:50', 150), context);
      await sys.commands.payment({ type: 'OpenDispute', commandId: `open:${chargeId}`, paymentId, disputeId: `dp-${chargeId}`, amountMinor: 150, reason: 'fraudulent', openedAt: new Date().toISOString() }, context);
      await sys.commands.payment({ type: 'CloseDispute', commandId: `close:${chargeId}`, paymentId, disputeId: `dp-${chargeId}`, outcome, closedAt: new Date().toISOString() }, context);
    }
    expect(await balance(won)).toBe(50);
    expect(await balance(lost)).toBe(0);
  });
});

describe('subscription allowances', () => {
  const period = (month: number) => ({ periodStart: `2026-${String(month).padStart(2, '0')}-01T00:00:00.000Z`, periodEnd: `2026-${String(month + 1).padStart(2, '0')}-01T00:00:00.000Z` });

  it('each paid period grants the tier allowance once, however often it is reported', async () => {
    const userId = await newUser();
    const subscriptionId = `sub-${randomUUID()}`;
    const start: SubscriptionCommand = { type: 'StartSubscription', commandId: `start:${subscriptionId}`, userId, subscriptionId, provider: 'stars', tier: 'basic', grantKey: `${subscriptionId}-1`, ...period(1) };
    await sys.commands.subscription(start, context);
    await sys.commands.subscription(start, context);
    expect(await balance(userId)).toBe(200);
    const renew: SubscriptionCommand = { type: 'RenewSubscription', commandId: `renew:${subscriptionId}-2`, userId, subscriptionId, grantKey: `${subscriptionId}-2`, ...period(2) };
    for (let i = 0; i < 3; i++) await sys.commands.subscription(renew, context);
    expect(await balance(userId)).toBe(400);
  });

  it('a refunded subscription payment takes back that period’s allowance', async () => {
    const userId = await newUser();
    const chargeId = `ch-${randomUUID()}`;
    await sys.commands.payment(starsPayment(userId, chargeId, 'sub:pro', 750), context);
    await sys.commands.subscription(
      { type: 'StartSubscription', commandId: `start:${chargeId}`, userId, subscriptionId: chargeId, provider: 'stars', tier: 'pro', grantKey: chargeId, ...period(1) },
      context,
    );
    expect(await balance(userId)).toBe(1000);
    await sys.commands.payment(
      { type: 'RefundPayment', commandId: `refund:${chargeId}`, paymentId: paymentIdOf('stars', chargeId), refundId: chargeId, amountMinor: 750, refundedAt: new Date().toISOString() },
      context,
    );
    expect(await balance(userId)).toBe(0);
  });
});

describe('referral rewards', () => {
  it('the first payment of a referred user rewards both sides once; later payments add nothing', async () => {
    const referrer = await newUser();
    const referee = await newUser(referrer);
    await sys.commands.payment(starsPayment(referee, `ch-${randomUUID()}`, 'pack:50', 150), context);
    await sys.commands.payment(starsPayment(referee, `ch-${randomUUID()}`, 'pack:50', 150), context);
    expect(await balance(referrer)).toBe(50);
    expect(await balance(referee)).toBe(50 + 50 + 20);
  });

  it('a refunded first payment keeps the rewards (the default setting)', async () => {
    const referrer = await newUser();
    const referee = await newUser(referrer);
    const chargeId = `ch-${randomUUID()}`;
    await sys.commands.payment(starsPayment(referee, chargeId, 'pack:50', 150), context);
    expect(await balance(referrer)).toBe(50);
    await sys.commands.payment(
      { type: 'RefundPayment', commandId: `refund:${chargeId}`, paymentId: paymentIdOf('stars', chargeId), refundId: chargeId, amountMinor: 150, refundedAt: new Date().toISOString() },
      context,
    );
    expect(await balance(referrer)).toBe(50);
    expect(await balance(referee)).toBe(20);
  });

  it('a mismatched payment is no first payment: no rewards', async () => {
    const referrer = await newUser();
    const referee = await newUser(referrer);
    await sys.commands.payment(starsPayment(referee, `ch-${randomUUID()}`, 'pack:50', 149), context);
    expect(await balance(referrer)).toBe(0);
    expect(await balance(referee)).toBe(0);
  });
});

describe('referral rewards with REFERRAL_CLAWBACK_ON_REFUND=on', () => {
  let clawing: TestSystem;
  beforeAll(async () => {
    clawing = await startSystem('payment_credits_clawback', { WELCOME_CREDITS: '0', REFERRAL_CLAWBACK_ON_REFUND: 'on' });
  });
  afterAll(async () => clawing?.close());

  it('a fully refunded first payment takes both rewards back; a partial refund does not', async () => {
    const clawRunner = clawing.api.get<AggregateRunner>(AGGREGATE_RUNNER);
    const balanceOf = async (userId: string) => {
      await clawing.settle();
      return availableOf((await clawRunner.state(creditLedger, creditsStream(userId))).state);
    };
    const register = async (referredBy?: string) => {
      const userId = randomUUID();
      await clawing.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Payer' }, ...(referredBy ? { referredBy } : {}) }, context);
      return userId;
    };
    const referrer = await register();
    const referee = await register(referrer);
    const chargeId = `ch-${randomUUID()}`;
    const paymentId = paymentIdOf('stars', chargeId);
    await clawing.commands.payment(starsPayment(referee, chargeId, 'pack:50', 150), context);
    expect(await balanceOf(referrer)).toBe(50);
    await clawing.commands.payment({ type: 'RefundPayment', commandId: 'partial', paymentId, refundId: `${chargeId}-part`, amountMinor: 50, refundedAt: new Date().toISOString() }, context);
    expect(await balanceOf(referrer)).toBe(50);
    await clawing.commands.payment({ type: 'RefundPayment', commandId: 'rest', paymentId, refundId: `${chargeId}-rest`, amountMinor: 100, refundedAt: new Date().toISOString() }, context);
    expect(await balanceOf(referrer)).toBe(0);
    expect(await balanceOf(referee)).toBe(0);
  });
});
