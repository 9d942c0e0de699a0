import {
  allowanceGrantKey,
  allowanceGrantOf,
  creditLedger,
  creditsStream,
  DisputeClosed,
  FirstPaymentRecorded,
  firstPaymentCommandOf,
  offerById,
  payment,
  PaymentRefunded,
  paymentStream,
  PaymentSucceeded,
  referralClawbacksOf,
  referralRewardsOf,
  SubscriptionEvent,
  userAccount,
  userStream,
} from '@app/domain';
import type { GrantSource, ReferralPolicy } from '@app/domain';
import { deterministicId, systemActor } from '@app/infrastructure';
import type { AggregateRunner, CommandContext, Commands, Projection, RecordedEvent } from '@app/infrastructure';

/**
 * The provider's own reference inside a payment id (`stars:<charge>` → `<charge>`,
 * `stripe:in_…` → `in_…`): what a subscription period's allowance grant key is built from.
 */
export function providerRefOf(paymentId: string): string {
  const colon = paymentId.indexOf(':');
  return colon < 0 ? paymentId : paymentId.slice(colon + 1);
}

export interface PaymentCreditsDeps {
  commands: Commands;
  runner: AggregateRunner;
  referralPolicy: ReferralPolicy;
}

const EVENT_TYPES = ['PaymentSucceeded', 'PaymentRefunded', 'DisputeClosed', 'SubscriptionStarted', 'SubscriptionRenewed', 'FirstPaymentRecorded'];

/**
 * Process manager: money recorded on a payment or subscription stream becomes credits on the
 * ledger, each movement exactly once (every command id derives from the event's business key):
 * - a pack's PaymentSucceeded → PurchaseCredits (purchase id = payment id);
 * - every PaymentSucceeded → RecordFirstPayment on the user (only the first one records anything);
 * - SubscriptionStarted / SubscriptionRenewed → the period's allowance, grant key
 *   `allowance:<invoice or charge>` (a subscription payment's credits come from here, never from
 *   its PaymentSucceeded, so a period is granted once whichever event arrives first);
 * - PaymentRefunded and a lost DisputeClosed → RefundCredits of the credits the payment decider
 *   says to take back (the ledger records a shortfall instead of going negative); for a
 *   subscription payment the allowance grant it paid for is what is taken back;
 * - FirstPaymentRecorded with a referrer → the referral rewards on both ledgers.
 * Referral rewards are taken back only when the policy says so (see `referralClawbacksOf`).
 */
export function paymentCreditsProcess(deps: PaymentCreditsDeps): Projection {
  const { commands, runner, referralPolicy } = deps;
  const actor = systemActor('payment-credits');

  /** A grant under its natural key: the ledger applies a key once, and the command id derives from it too. */
  async function grantOnce(grant: { userId: string; amount: number; grantKey: string; source: GrantSource; reason: string }, context: Partial<CommandContext>) {
    const { userId, amount, grantKey, source, reason } = grant;
    await commands.ledger({ type: 'GrantCredits', commandId: deterministicId(`grant:${grantKey}`), userId, amount, source, grantKey, reason }, { ...context, actor });
  }

  async function onSucceeded(event: PaymentSucceeded, context: Partial<CommandContext>) {
    const { paymentId, userId, credits, provider, amountMinor, currency, offerKind } = event.data;
    if (offerKind === 'pack' && credits > 0) {
      await commands.ledger(
        { type: 'PurchaseCredits', commandId: deterministicId(`purchase:${paymentId}`), userId, paymentId, credits, provider, amountMinor, currency },
        { ...context, actor },
      );
    }
    const first = firstPaymentCommandOf(event);
    await commands.userAccount({ ...first, commandId: deterministicId(first.commandId) }, { ...context, actor });
  }

  async function onReversal(event: PaymentRefunded | DisputeClosed, context: Partial<CommandContext>) {
    const { paymentId, userId, creditsToClawBack } = event.data;
    const reversalId = event.type === 'PaymentRefunded' ? event.data.refundId : `dispute:${event.data.disputeId}`;
    if (creditsToClawBack > 0) {
      const { state } = await runner.state(payment, paymentStream(paymentId));
      const subscriptionPayment = offerById(state.offerId ?? '')?.kind === 'subscription';
      const grantKey = allowanceGrantKey(providerRefOf(paymentId));
      // A plan payment that never started a period (a second plan paid in a race, then refunded) granted nothing to take back.
      const granted = !subscriptionPayment || (await runner.state(creditLedger, creditsStream(userId))).state.grantKeys.has(grantKey);
      if (granted) await commands.ledger(
        {
          type: 'RefundCredits',
          commandId: deterministicId(`clawback:${paymentId}:${reversalId}`),
          userId,
          paymentId,
          refundId: reversalId,
          credits: creditsToClawBack,
          reason: event.type === 'PaymentRefunded' ? 'payment refunded' : 'dispute lost',
          ...(subscriptionPayment ? { grantKey } : {}),
        },
        { ...context, actor },
      );
    }
    if (!referralPolicy.clawBackOnRefund) return;
    const { state: account } = await runner.state(userAccount, userStream(userId));
    if (account.firstPaymentId !== paymentId) return;
    const first: FirstPaymentRecorded = {
      type: 'FirstPaymentRecorded',
      data: { userId, paymentId, paidAt: '', ...(account.referredBy ? { referredBy: account.referredBy } : {}) },
    };
    for (const clawback of referralClawbacksOf(first, event, referralPolicy)) {
      await commands.ledger(
        {
          type: 'RefundCredits',
          commandId: deterministicId(`referral-clawback:${clawback.grantKey}`),
          userId: clawback.userId,
          paymentId: clawback.paymentId,
          refundId: `referral:${clawback.grantKey}`,
          grantKey: clawback.grantKey,
          reason: 'first payment reversed: referral reward taken back',
        },
        { ...context, actor },
      );
    }
  }

  return {
    name: 'payment_credits',
    filter: { eventTypes: EVENT_TYPES },
    tables: [],
    async handle(events) {
      for (const recorded of events as RecordedEvent<Record<string, unknown>>[]) {
        const context: Partial<CommandContext> = { causationId: recorded.id, correlationId: recorded.metadata.correlationId };
        const event = { type: recorded.type, data: recorded.data } as never;
        switch (recorded.type) {
          case 'PaymentSucceeded':
            await onSucceeded(event as PaymentSucceeded, context);
            break;
          case 'PaymentRefunded':
          case 'DisputeClosed':
            await onReversal(event as PaymentRefunded | DisputeClosed, context);
            break;
          case 'SubscriptionStarted':
          case 'SubscriptionRenewed': {
            const grant = allowanceGrantOf(event as SubscriptionEvent);
            if (grant) await grantOnce({ ...grant, source: 'subscription', reason: `${grant.tier} plan allowance` }, context);
            break;
          }
          case 'FirstPaymentRecorded':
            for (const reward of referralRewardsOf(event as FirstPaymentRecorded, referralPolicy)) await grantOnce({ ...reward, source: 'referral' }, context);
            break;
        }
      }
    },
  };
}

/** The referral rules as configured (REFERRER_CREDITS, REFEREE_CREDITS, REFERRAL_CLAWBACK_ON_REFUND). */
export function referralPolicyOf(config: { REFERRER_CREDITS: number; REFEREE_CREDITS: number; REFERRAL_CLAWBACK_ON_REFUND: 'on' | 'off' }): ReferralPolicy {
  return { referrerCredits: config.REFERRER_CREDITS, refereeCredits: config.REFEREE_CREDITS, clawBackOnRefund: config.REFERRAL_CLAWBACK_ON_REFUND === 'on' };
}
