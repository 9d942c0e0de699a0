import { checkStarsPreCheckout, creditedBalance, recordStarsPayment, recordStarsRefund, refundDuplicatePlan } from '@app/application';
import type { PreCheckoutDecision, StarsDeps, StarsPaymentOutcome } from '@app/application';
import { DomainError } from '@app/domain';
import type { Language } from '@app/domain';
import { preCheckoutQueryOf, refundedPaymentOf, StarsPayments, successfulPaymentOf, systemActor, withRetryAfter } from '@app/infrastructure';
import type { CommandContext, Logger } from '@app/infrastructure';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { duplicatePlanText, paymentText, planDate, tierName } from '@app/texts';

/** Telegram gives 10 s for the answer; what is not decided by then is refused rather than left unanswered. */
const DEFAULT_PRE_CHECKOUT_BUDGET_MS = 7000;

export interface StarsPaymentsDeps extends StarsDeps {
  logger: Logger;
  /** Runs work detached from the update (the confirmation waits briefly for the ledger). */
  detach: (work: () => Promise<void>) => void;
  preCheckoutBudgetMs?: number;
  /** How long the confirmation waits for the credits to land before saying they are on their way. */
  confirmWithinMs?: number;
  /**
   * How long a payment whose recording failed (the database briefly down) is retried, in the
   * background, before giving up with an error naming the charge (reconciliation records it then).
   */
  recordRetryMs?: number;
}

const DEFAULT_RECORD_RETRY_MS = 30_000;

/** Retries `attempt` with doubling pauses (0.25 s up to 5 s) until it succeeds, or rethrows after `withinMs`; a domain refusal is final at once. */
async function withBackoff<T>(attempt: () => Promise<T>, withinMs: number, onRetry: (error: unknown, pauseMs: number) => void): Promise<T> {
  const deadline = Date.now() + withinMs;
  let pause = 250;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof DomainError || Date.now() + pause > deadline) throw error;
      onRetry(error, pause);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 5000);
    }
  }
}

/** Telegram reports payments and refunds: this is the only actor that says money moved. */
const telegramContext = (chargeId: string): CommandContext => ({ actor: systemActor('telegram-stars'), correlationId: `stars:${chargeId}` });

/**
 * The Stars payment updates: `pre_checkout_query` (answered from memory and the write side, within
 * Telegram's deadline), `message.successful_payment` (recorded, then confirmed to the user) and
 * `message.refunded_payment` (recorded; the ledger takes the credits back). Recording derives
 * every id from the charge, so a re-delivered update changes nothing.
 */
export function starsPaymentsFeature(deps: StarsPaymentsDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const budgetMs = deps.preCheckoutBudgetMs ?? DEFAULT_PRE_CHECKOUT_BUDGET_MS;

  feature.on('pre_checkout_query', async (ctx) => {
    const query = preCheckoutQueryOf(ctx.update);
    if (!query) return;
    const lang = ctx.account.lang;
    let decision: PreCheckoutDecision | 'busy';
    let timer: NodeJS.Timeout | undefined;
    try {
      decision = await Promise.race([
        checkStarsPreCheckout(deps, query),
        new Promise<'busy'>((resolve) => (timer = setTimeout(() => resolve('busy'), budgetMs))),
      ]);
    } catch (error) {
      deps.logger.error({ err: error, query: query.id }, 'pre-checkout check failed');
      decision = 'busy';
    } finally {
      clearTimeout(timer);
    }
    const stars = new StarsPayments(ctx.telegram);
    try {
      if (decision !== 'busy' && decision.ok) await stars.answerPreCheckoutQuery(query.id, true);
      else await stars.answerPreCheckoutQuery(query.id, false, paymentText(lang, `refusal.${decision === 'busy' ? 'busy' : decision.reason}`));
    } catch (error) {
      // Too late (Telegram has cancelled the payment) or the query is gone: nothing was charged.
      deps.logger.warn({ err: error, query: query.id }, 'pre-checkout answer not taken');
    }
    if (decision === 'busy' || !decision.ok) deps.logger.info({ query: query.id, reason: decision === 'busy' ? 'busy' : decision.reason }, 'pre-checkout refused');
  });

  feature.on('message', async (ctx, next) => {
    const paid = successfulPaymentOf(ctx.update);
    if (paid) {
      const { payment } = paid;
      const lang = ctx.account.lang;
      const userId = ctx.account.userId;
      const chargeId = payment.telegram_payment_charge_id;
      const record = () => recordStarsPayment(deps, payment, userId, telegramContext(chargeId), { paidAt: ctx.message.date });
      const settled = async (outcome: StarsPaymentOutcome) => {
        // A re-delivered payment changed nothing, and the user was told the first time.
        if (outcome.repeated) return;
        const text = outcome.kind === 'subscription_conflict' ? await duplicatePlan(deps, ctx.telegram, lang, outcome) : await confirmation(deps, lang, userId, outcome);
        await withRetryAfter(() => ctx.telegram.sendMessage(paid.chatId, text)).catch((error: unknown) => deps.logger.warn({ err: error }, 'payment confirmation not sent'));
      };
      let outcome: StarsPaymentOutcome;
      try {
        outcome = await record();
      } catch (error) {
        if (error instanceof DomainError) throw error;
        // Telegram has taken the Stars: keep trying in the background (not holding up other
        // updates) rather than lose the payment; a give-up is for reconciliation to catch.
        deps.logger.warn({ err: error, charge: chargeId }, 'Stars payment not recorded yet; retrying');
        deps.detach(async () => {
          try {
            const later = await withBackoff(record, deps.recordRetryMs ?? DEFAULT_RECORD_RETRY_MS, (e, pauseMs) =>
              deps.logger.warn({ err: e, charge: chargeId, pauseMs }, 'Stars payment not recorded yet; retrying'),
            );
            await settled(later);
          } catch (e) {
            deps.logger.error({ err: e, charge: chargeId, userId }, `Stars payment ${chargeId} could not be recorded; the nightly reconciliation will record it`);
          }
        });
        return;
      }
      deps.detach(() => settled(outcome));
      return;
    }
    const refunded = refundedPaymentOf(ctx.update);
    if (refunded) {
      const { payment } = refunded;
      const recorded = await recordStarsRefund(deps, payment, telegramContext(payment.telegram_payment_charge_id), { refundedAt: ctx.message.date });
      if (recorded === 'unknown') deps.logger.warn({ charge: payment.telegram_payment_charge_id }, 'refund of a Stars payment never recorded');
      if (recorded !== 'recorded') return;
      await withRetryAfter(() => ctx.reply(paymentText(ctx.account.lang, 'refunded', { stars: payment.total_amount })));
      return;
    }
    return next();
  });

  return feature;
}

/** A second plan paid in a race: refunded through the refund path (actor: system), and the user told so. */
async function duplicatePlan(
  deps: StarsPaymentsDeps,
  telegram: ConstructorParameters<typeof StarsPayments>[0],
  lang: Language,
  outcome: Extract<StarsPaymentOutcome, { kind: 'subscription_conflict' }>,
): Promise<string> {
  const refunded = await refundDuplicatePlan({ ...deps, stars: () => new StarsPayments(telegram) }, outcome.paymentId);
  if (!refunded) deps.logger.error({ paymentId: outcome.paymentId }, 'a second plan paid in a race could not be refunded automatically');
  return duplicatePlanText(lang, { tier: outcome.tier, provider: 'stars', refunded, stars: outcome.amountMinor });
}

/** What the user reads after paying: what they bought and the balance once it lands, else that it is on its way. */
async function confirmation(deps: StarsPaymentsDeps, lang: Language, userId: string, outcome: Exclude<StarsPaymentOutcome, { kind: 'subscription_conflict' }>): Promise<string> {
  if (outcome.kind === 'mismatch') return paymentText(lang, 'paid.mismatch');
  const available = await creditedBalance(deps, userId, outcome, deps.confirmWithinMs ?? 3000);
  if (outcome.kind === 'pack') {
    return available === undefined ? paymentText(lang, 'paid.packPending', { credits: outcome.credits }) : paymentText(lang, 'paid.pack', { credits: outcome.credits, available });
  }
  const values = { tier: tierName(lang, outcome.tier), date: planDate(lang, outcome.periodEnd), allowance: outcome.allowance };
  const key = outcome.renewal ? 'renewal' : 'subscription';
  return available === undefined ? paymentText(lang, `paid.${key}Pending`, values) : paymentText(lang, `paid.${key}`, { ...values, available });
}
